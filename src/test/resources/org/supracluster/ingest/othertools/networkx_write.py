"""Writes the network of network.py with NetworkX, as a user would, in GraphML and GEXF.

Run from this folder: python3 networkx_write.py (Debian bookworm's python3-networkx, or pip's).
The build does not run this: the files it wrote are committed beside it (see README.md).

networkx_multidigraph.*: one MultiDiGraph; node key = firm id, the firm name in `name`; each
edge says `kind` (trade / copatent), `weight` and `year` (an int, left out when unknown); a
co-patent link is one edge.

networkx_composed.*: a trade DiGraph and a co-patent Graph built apart, then put into one
MultiDiGraph (nx.compose refuses to mix directed and undirected graphs, so the co-patent graph
goes in through to_directed(): each co-patent link becomes two opposite edges). The kind is
`type` in Korean (거래, 공동특허), the firm name `label`, and the years are floats as a CSV or
pandas column of years with a gap holds them (2021.0; the unknown one NaN).

networkx_dynamic.gexf: the multidigraph with each link's year as a GEXF time spell
(start = end = year), as a Gephi user making a timeline would, instead of a `year` attribute.
"""
import math
import networkx as nx

from network import FIRMS, LINKS


def multidigraph():
    g = nx.MultiDiGraph()
    for fid, name, region, lat, lon, segment, employees in FIRMS:
        attrs = dict(name=name, region=region, lat=lat, lon=lon, segment=segment)
        if employees is not None:
            attrs["employees"] = employees
        g.add_node(fid, **attrs)
    for s, t, kind, weight, year in LINKS:
        attrs = dict(kind=kind, weight=weight)
        if year is not None:
            attrs["year"] = year
        g.add_edge(s, t, **attrs)
    return g


def composed():
    korean = {"trade": "거래", "copatent": "공동특허"}
    trade, copatent = nx.DiGraph(), nx.Graph()
    for fid, name, region, lat, lon, segment, employees in FIRMS:
        attrs = dict(label=name, region=region, lat=lat, lon=lon, segment=segment,
                     employees=float("nan") if employees is None else float(employees))
        trade.add_node(fid, **attrs)
        copatent.add_node(fid, **attrs)
    for s, t, kind, weight, year in LINKS:
        g = trade if kind == "trade" else copatent
        g.add_edge(s, t, type=korean[kind], weight=weight,
                   year=float("nan") if year is None else float(year))
    g = nx.MultiDiGraph()
    g.add_nodes_from(trade.nodes(data=True))
    g.add_edges_from(trade.edges(data=True))
    g.add_edges_from(copatent.to_directed().edges(data=True))
    return g


def dynamic():
    g = multidigraph()
    for _, _, data in g.edges(data=True):
        year = data.pop("year", None)
        if year is not None:
            data["start"] = year
            data["end"] = year
    return g


if __name__ == "__main__":
    g = multidigraph()
    nx.write_graphml(g, "networkx_multidigraph.graphml")
    nx.write_gexf(g, "networkx_multidigraph.gexf")
    g = composed()
    nx.write_graphml(g, "networkx_composed.graphml")
    nx.write_gexf(g, "networkx_composed.gexf")
    nx.write_gexf(dynamic(), "networkx_dynamic.gexf")
    print("networkx", nx.__version__)
