"""Writes the network of network.py with python-igraph, as a user would, in GraphML.

Run from this folder: python3 igraph_write.py (Debian bookworm's python3-igraph).
python-igraph has no GEXF writer (Graph.write_* offers GraphML, GML, Pajek, DOT, LGL, NCOL,
edge lists...), so there is no igraph GEXF here. An igraph graph is either directed or
undirected: both files are directed graphs and a co-patent link is one edge with its kind.
igraph writes node ids n0, n1, ... whatever the vertices are called.

igraph_dictlist.graphml: Graph.DictList from rows with `id` and `name` (the firm name), the key
`id` given as the vertex name attribute; edges say `kind`, `weight` and `year` (None when unknown).

igraph_tuplelist.graphml: Graph.TupleList from (supplier, customer, relation, weight, year)
tuples, so igraph's vertex `name` is the firm id; the firm name set afterwards as `label`.

igraph_reexport.graphml: supracluster_export.graphml (this program's own GraphML export of the
network) read with Graph.Read_GraphML and written again, as a user who analyses an export in
igraph and brings it back would: igraph keeps the node ids as a vertex attribute `id`.
"""
import igraph as ig

from network import FIRMS, LINKS


def dictlist():
    vertices = [dict(id=fid, name=name, region=region, lat=lat, lon=lon, segment=segment,
                     employees=employees)
                for fid, name, region, lat, lon, segment, employees in FIRMS]
    edges = [dict(source=s, target=t, kind=kind, weight=weight, year=year)
             for s, t, kind, weight, year in LINKS]
    return ig.Graph.DictList(vertices, edges, directed=True, vertex_name_attr="id")


def tuplelist():
    g = ig.Graph.TupleList(LINKS, directed=True, edge_attrs=["relation", "weight", "year"])
    by_id = {f[0]: f for f in FIRMS}
    for column, attr in enumerate(["label", "region", "lat", "lon", "segment", "employees"], start=1):
        g.vs[attr] = [by_id[v["name"]][column] for v in g.vs]
    return g


if __name__ == "__main__":
    dictlist().write_graphml("igraph_dictlist.graphml")
    tuplelist().write_graphml("igraph_tuplelist.graphml")
    ig.Graph.Read_GraphML("supracluster_export.graphml").write_graphml("igraph_reexport.graphml")
    print("python-igraph", ig.__version__)
