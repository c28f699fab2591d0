from graphs.graph import Graph

__all__ = ["Graph"]
