from graphs.algorithms.bfs import bfs_order, components, hop_path
from graphs.algorithms.dijkstra import shortest_paths, shortest_path
