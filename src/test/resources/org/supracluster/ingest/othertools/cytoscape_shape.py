"""Writes cytoscape.graphml: the network of network.py in the shape Cytoscape 3's GraphML export
gives it. Cytoscape cannot be installed here, so this file is HAND-MADE (by this script), not
written by Cytoscape; its shape follows Cytoscape's own writer, cytoscape-impl
io-impl/.../write/graphml/GraphMLWriter.java and GraphMLAttributeDataTypes.java:

- root <graphml> with no namespace; one <key> per column of the node table, then the edge table,
  then the network table, every one with for="node" and id = attr.name = the column name (so
  `SUID`, `shared name`, `name` and `selected` are declared three times);
  attr.type boolean / int / long / float / double / string;
- <graph edgedefault="directed" id="NETWORK NAME">: every edge under the directed default, no
  per-edge direction (the writer says "For now, everything is directed");
- node id = the node's SUID (a session number), edges without id, source/target = SUIDs;
- <data key="COLUMN"> for every non-null cell, the value's toString() (12.0 for a Double);
- Cytoscape's own columns: SUID, shared name, name, selected on nodes; SUID, shared name, name
  ("A (interaction) B"), selected, interaction, shared interaction on edges.

The session it stands for: File > Import > Network from File on a links table (source, target,
type as the Interaction, weight, year), then Import > Table from File on the firm table keyed by
`id` against `shared name`; its `name` column (the firm name) replaces Cytoscape's `name`.
"""
from xml.sax.saxutils import escape

from network import FIRMS, LINKS

NODE_COLUMNS = [("SUID", "long"), ("shared name", "string"), ("name", "string"), ("selected", "boolean"),
                ("region", "string"), ("lat", "double"), ("lon", "double"), ("segment", "string"),
                ("employees", "int")]
EDGE_COLUMNS = [("SUID", "long"), ("shared name", "string"), ("name", "string"), ("selected", "boolean"),
                ("interaction", "string"), ("shared interaction", "string"), ("weight", "double"),
                ("year", "int")]
NETWORK_COLUMNS = [("SUID", "long"), ("shared name", "string"), ("name", "string"), ("selected", "boolean"),
                   ("__Annotations", "string")]


def data(indent, column, value):
    if value is None:
        return ""
    if isinstance(value, bool):
        value = "true" if value else "false"
    return f'{indent}<data key="{escape(column)}">{escape(str(value))}</data>\n'


def main():
    out = ['<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n',
           "<!-- HAND-MADE in the shape of Cytoscape 3's GraphML export (see cytoscape_shape.py); "
           "not written by Cytoscape. -->\n<graphml>\n"]
    for columns in (NODE_COLUMNS, EDGE_COLUMNS, NETWORK_COLUMNS):
        for name, kind in columns:
            out.append(f'    <key attr.name="{name}" attr.type="{kind}" for="node" id="{name}"/>\n')
    out.append('    <graph edgedefault="directed" id="links.csv">\n')
    suid = {}
    for i, (fid, name, region, lat, lon, segment, employees) in enumerate(FIRMS):
        suid[fid] = 152 + 2 * i
        out.append(f'        <node id="{suid[fid]}">\n')
        for column, value in [("SUID", suid[fid]), ("shared name", fid), ("name", name), ("selected", False),
                              ("region", region), ("lat", lat), ("lon", lon), ("segment", segment),
                              ("employees", employees)]:
            out.append(data("            ", column, value))
        out.append("        </node>\n")
    for i, (s, t, kind, weight, year) in enumerate(LINKS):
        out.append(f'        <edge source="{suid[s]}" target="{suid[t]}">\n')
        label = f"{s} ({kind}) {t}"
        for column, value in [("SUID", 170 + i), ("shared name", label), ("name", label), ("selected", False),
                              ("interaction", kind), ("shared interaction", kind), ("weight", float(weight)),
                              ("year", year)]:
            out.append(data("            ", column, value))
        out.append("        </edge>\n")
    out.append("    </graph>\n</graphml>\n")
    with open("cytoscape.graphml", "w", encoding="utf-8") as f:
        f.write("".join(out))


if __name__ == "__main__":
    main()
