#!/usr/bin/python3
"""Reads a graph file the way other tools do; prints 'TOOL NODES EDGES LABELS'
per reader (LABELS: distinct node labels), or 'TOOL error MESSAGE', or
'TOOL skip: WHY'.
usage: graph_readback.py gml|graphml|gexf|net FILE
Debian's python3-networkx and python3-igraph (igraph does not read GEXF)."""
import sys

fmt, path = sys.argv[1], sys.argv[2]
try:
    import networkx as nx
    read = {'gml': nx.read_gml, 'graphml': nx.read_graphml, 'gexf': nx.read_gexf, 'net': nx.read_pajek}[fmt]
    # GEXF with read_gexf's defaults, as a user calls it: version '1.2draft' in
    # every networkx (2.8, Debian 12's, reads 1.1draft and 1.2draft only).
    g = read(path)  # GML and Pajek: nodes keyed by label, so equal labels merge
    labels = {d.get('label', v) for v, d in g.nodes(data=True)}
    print('networkx', g.number_of_nodes(), g.number_of_edges(), len(labels))
except Exception as e:
    print('networkx error', type(e).__name__, str(e).replace('\n', ' ')[:200])
if fmt != 'gexf':
    try:
        import igraph as ig
        read = {'gml': ig.Graph.Read_GML, 'graphml': ig.Graph.Read_GraphML, 'net': ig.Graph.Read_Pajek}[fmt]
        g = read(path)
        attr = 'label' if 'label' in g.vs.attributes() else 'id'
        print('igraph', g.vcount(), g.ecount(), len(set(g.vs[attr])) if attr in g.vs.attributes() else 0)
    except Exception as e:
        print('igraph error', type(e).__name__, str(e).replace('\n', ' ')[:200])
