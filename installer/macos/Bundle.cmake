# macOS only (included by installer/Packaging.cmake): switchyard becomes switchyard.app with
# the Info.plist configured from installer/macos/Info.plist.in; the disk image holds the bundle.
set_target_properties(switchyard PROPERTIES
    MACOSX_BUNDLE TRUE
    MACOSX_BUNDLE_INFO_PLIST "${CMAKE_BINARY_DIR}/installer/Info.plist")
