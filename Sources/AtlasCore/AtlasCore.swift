// The core in one import, for the program's commands, the tests and the benchmarks. The
// boundaries live in the targets it gathers: content and geography know nothing of the machine
// or of drawing; the machine knows nothing of drawing.
@_exported import AtlasContent
@_exported import AtlasGeo
@_exported import AtlasMachine
@_exported import AtlasRender
@_exported import AtlasStats
