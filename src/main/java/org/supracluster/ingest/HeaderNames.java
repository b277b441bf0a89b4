package org.supracluster.ingest;

import java.text.Normalizer;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.supracluster.model.Message;
import org.supracluster.model.Messages;

/**
 * Which field a column header names: the English field name or one of its Korean (or other
 * English) names from DESIGN.md's table, compared with case, spaces, {@code _}/{@code -} and a
 * unit in brackets ignored ({@code 거래금액(백만원)} is {@code 거래금액}, {@code Amount [KRW]} is
 * {@code amount}), or a header the user mapped to a field ({@code --column FIELD=HEADER}, or the
 * import dialog's drop-downs). A header that names no field keeps its own key (see
 * {@link #ownKey}) and its values are kept as the firm's attributes.
 */
public final class HeaderNames {

    /**
     * Field → the names a header may use for it, besides the field itself. The order of the
     * fields is the order they are offered in (the import dialog's drop-downs).
     */
    private static final Map<String, List<String>> NAMES = new LinkedHashMap<>();

    static {
        NAMES.put("id", List.of("기업ID", "기업아이디", "업체코드", "기업코드"));
        NAMES.put("name", List.of("firm name", "company", "company name", "기업명", "업체명", "회사명", "상호",
                "상호명", "법인명"));
        NAMES.put("brn", List.of("business registration number", "registration number", "사업자등록번호",
                "사업자번호"));
        NAMES.put("region", List.of("province", "시도", "지역", "광역시도"));
        NAMES.put("city", List.of("municipality", "시군구"));
        NAMES.put("address", List.of("주소", "소재지", "본사주소", "사업장주소", "소재지주소"));
        NAMES.put("lat", List.of("latitude", "위도"));
        NAMES.put("lon", List.of("longitude", "lng", "long", "경도"));
        NAMES.put("segment", List.of("업종", "분야"));
        NAMES.put("employees", List.of("종업원수", "직원수", "임직원수"));
        NAMES.put("placement", List.of("위치정밀도"));
        NAMES.put("patent_id", List.of("application number", "출원번호"));
        NAMES.put("year", List.of("date", "application date", "출원일자", "출원일", "출원연도", "연도", "거래연도"));
        NAMES.put("applicants", List.of("applicant", "출원인"));
        NAMES.put("title", List.of("발명의명칭", "명칭"));
        NAMES.put("ipc", List.of("국제특허분류", "ipc분류"));
        NAMES.put("supplier", List.of("공급사", "공급업체", "공급기업"));
        NAMES.put("customer", List.of("구매사", "구매업체", "구매기업"));
        NAMES.put("amount", List.of("거래금액", "금액"));
        NAMES.put("alias", List.of("별칭"));
        NAMES.put("firm", List.of("기업"));
        NAMES.put("source", List.of());
        NAMES.put("target", List.of());
        NAMES.put("type", List.of());
        NAMES.put("weight", List.of());
    }

    /** Compared name → field, built once from {@link #NAMES}. */
    private static final Map<String, String> FIELD_BY_NAME = new HashMap<>();

    static {
        NAMES.forEach((field, names) -> {
            FIELD_BY_NAME.put(compared(field), field);
            names.forEach(n -> FIELD_BY_NAME.put(compared(n), field));
        });
    }

    private static final HeaderNames STANDARD = new HeaderNames(Map.of(), Set.of());

    /** Compared header → field, as the user mapped them. */
    private final Map<String, String> mapped;
    /** Compared headers the user keeps as attributes, though a standard name reads them as a field. */
    private final Set<String> attributes;

    private HeaderNames(Map<String, String> mapped, Set<String> attributes) {
        this.mapped = Map.copyOf(mapped);
        this.attributes = Set.copyOf(attributes);
    }

    /** The names of DESIGN.md only. */
    public static HeaderNames standard() {
        return STANDARD;
    }

    /**
     * The standard names plus the user's mapping, field → header as written in the file
     * ({@code amount → 공급가액}). A mapped header takes precedence over the standard names.
     *
     * @throws IllegalArgumentException for a field that is not one of {@link #fields()}
     */
    public static HeaderNames mapping(Map<String, String> fieldToHeader) {
        Map<String, String> m = new HashMap<>();
        fieldToHeader.forEach((field, header) -> {
            String f = field(field).orElseThrow(() -> new IllegalArgumentException(unknownField(field)
                    .in(Messages.ENGLISH)));
            m.put(compared(header), f);
        });
        return m.isEmpty() ? STANDARD : new HeaderNames(m, Set.of());
    }

    /** Why {@code field} cannot be mapped: it is none of {@link #fields()}. */
    public static Message unknownField(String field) {
        return Message.of("ingest.header.unknownField", Message.quoted(field), String.join(", ", fields()));
    }

    /**
     * These names, with {@code headers} kept as attributes (the import dialog's "keep as
     * attribute") even where a standard name would read them as a field; a header also mapped to
     * a field stays mapped.
     */
    public HeaderNames keepingAsAttributes(Collection<String> headers) {
        Set<String> keep = new HashSet<>(attributes);
        headers.forEach(h -> keep.add(compared(h)));
        keep.removeAll(mapped.keySet());
        return keep.equals(attributes) ? this : new HeaderNames(mapped, keep);
    }

    /** Every field a header may name, in the order they are offered. */
    public static List<String> fields() {
        return List.copyOf(NAMES.keySet());
    }

    /** The field a user's word names ({@code amount}, {@code 거래금액}, {@code Patent ID}), if any. */
    public static Optional<String> field(String word) {
        return Optional.ofNullable(FIELD_BY_NAME.get(compared(word)));
    }

    /**
     * The key a header is known by: the field it names (mapped by the user, else by the
     * standard names), or else its own normalised key ({@link #ownKey}).
     */
    public String key(String header) {
        String c = compared(header);
        if (attributes.contains(c)) {
            // A key no field has, so the column's values are kept under the header as written.
            return "attribute:" + ownKey(header);
        }
        String f = mapped.get(c);
        if (f == null) {
            f = FIELD_BY_NAME.get(c);
        }
        return f != null ? f : ownKey(header);
    }

    /**
     * Header names as normalised keys: stripped, lower case, each run of spaces, hyphens and
     * underscores as one underscore ({@code " Patent  ID"} and {@code patent-id} are {@code patent_id}).
     */
    public static String ownKey(String header) {
        String s = header.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(s.length());
        boolean gap = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '-' || c == '_' || c == '\u00a0') {
                gap = true;
            } else {
                if (gap && b.length() > 0) {
                    b.append('_');
                }
                gap = false;
                b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * Which of two columns naming one field wins, lowest first: 0 for a header the user mapped
     * to it, 1 for the field's own English name ({@code amount}, {@code Patent ID}), 2 for one of
     * its other names (then the first column wins).
     */
    int precedence(String header, String field) {
        return isMapped(header) ? 0 : isOwnName(header, field) ? 1 : 2;
    }

    /** Whether the user mapped this header to a field (then it wins over a standard name). */
    private boolean isMapped(String header) {
        return mapped.containsKey(compared(header));
    }

    /**
     * Whether this header is the field's own English name ({@code amount}, {@code Patent ID}),
     * not one of its other names: that one wins when two columns name the same field.
     */
    private static boolean isOwnName(String header, String field) {
        return compared(header).equals(compared(field));
    }

    /**
     * A header as compared: NFKC (full-width letters and Hangul from a Mac compare as typed),
     * without a trailing unit in brackets, lower case, without spaces, {@code _}, {@code -},
     * {@code .} and the BOM.
     */
    static String compared(String header) {
        String s = Normalizer.normalize(header.replace("\uFEFF", ""), Normalizer.Form.NFKC).strip();
        s = withoutUnit(s);
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c) && c != '_' && c != '-' && c != '.' && c != '\u00a0') {
                b.append(c);
            }
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }

    /** {@code 거래금액(백만원)} → {@code 거래금액}; a header that is only a bracket stays as it is. */
    private static String withoutUnit(String s) {
        String t = s;
        while (!t.isEmpty() && (t.endsWith(")") || t.endsWith("]"))) {
            char open = t.endsWith(")") ? '(' : '[';
            int i = t.lastIndexOf(open);
            if (i <= 0) {
                break;
            }
            t = t.substring(0, i).strip();
        }
        return t.isEmpty() ? s : t;
    }
}
