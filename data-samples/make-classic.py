#!/usr/bin/env python3
"""Writes the classic social-network data sets as GraphML, straight from networkx.

    python3 data-samples/make-classic.py

florentine.graphml  Padgett's Florentine families, marriage ties (networkx.florentine_families_graph):
                    15 families, 20 ties. Breiger & Pattison (1986); Padgett & Ansell (1993).
karate.graphml      Zachary's karate club (networkx.karate_club_graph, networkx >= 2.8 with weights):
                    34 members, 78 ties, node attribute 'club', edge attribute 'weight'. Zachary (1977).

Node ids are kept as networkx gives them (family names; karate members 0..33). Every node gets a
'label' attribute so importers have something to show.
"""

from pathlib import Path

import networkx as nx

HERE = Path(__file__).resolve().parent


def florentine() -> nx.Graph:
    graph = nx.florentine_families_graph()
    graph.graph["name"] = "Florentine families (marriage ties)"
    graph.graph["source"] = (
        "Breiger & Pattison (1986), Cumulated social roles: the duality of persons and their algebras, "
        "Social Networks 8:215-256; Padgett & Ansell (1993), Robust action and the rise of the Medici, "
        "American Journal of Sociology 98:1259-1319; via networkx.florentine_families_graph()"
    )
    for node in graph.nodes:
        graph.nodes[node]["label"] = node
    return graph


def karate() -> nx.Graph:
    graph = nx.karate_club_graph()
    graph.graph["name"] = "Zachary's karate club"
    graph.graph["source"] = (
        "Zachary (1977), An information flow model for conflict and fission in small groups, "
        "Journal of Anthropological Research 33:452-473; via networkx.karate_club_graph()"
    )
    for node in graph.nodes:
        graph.nodes[node]["label"] = str(node)
    return graph


def main() -> None:
    for name, graph, nodes, edges in (
        ("florentine", florentine(), 15, 20),
        ("karate", karate(), 34, 78),
    ):
        if (graph.number_of_nodes(), graph.number_of_edges()) != (nodes, edges):
            raise SystemExit(f"make-classic: {name} has an unexpected size")
        path = HERE / f"{name}.graphml"
        nx.write_graphml(graph, path)
        print(f"{path.name}: {graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges")


if __name__ == "__main__":
    main()
