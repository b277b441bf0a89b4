package org.supracluster.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A message not yet put into words: a bundle key and its arguments, so that a problem found
 * once (by the importer, say) can be told in English to a log and in Korean to a user.
 * Arguments are plain values (strings and numbers); a number meant as an identifier, such as a
 * line number, is passed as a string so that it is not grouped ("1,234"); a value written
 * differently in each language is a {@link Words}, and an argument may itself be a message.
 */
public record Message(String key, List<Object> args) {

    public Message {
        args = Collections.unmodifiableList(new ArrayList<>(args)); // not List.copyOf: a value may be null
    }

    public static Message of(String key, Object... args) {
        return new Message(key, Arrays.asList(args));
    }

    /** The message in {@code messages}' language. */
    public String in(Messages messages) {
        return messages.format(key, args.toArray());
    }

    /** A value written differently in the two languages (a province's name, say). */
    public record Words(String english, String korean) {
        String in(Messages messages) {
            return messages.isKorean() ? korean : english;
        }
    }

    /** A value that reads {@code english} in English and {@code korean} in Korean. */
    public static Words either(String english, String korean) {
        return new Words(english, korean);
    }

    /** {@code text} between ASCII single quotes, as the messages quote a value the user wrote. */
    public static String quoted(Object text) {
        return "'" + text + "'";
    }
}
