// The entry point: a custom main (not `@main`) so every error maps to the documented exit codes.
TavleMain.run()
