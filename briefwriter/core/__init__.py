"""The Qt-free heart of BriefWriter: the brief model, its file format, the GCM and the checks."""
