"""The Qt user interface. Only this package (and desk.bootstrap) imports Qt."""
