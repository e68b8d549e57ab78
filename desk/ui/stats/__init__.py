"""The Statistieken screen. QtCharts is imported only inside this package, on first use."""
