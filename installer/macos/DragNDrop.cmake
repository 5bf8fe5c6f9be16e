# The macOS disk image (CPack's DragNDrop generator), read by cpack only when it runs
# DragNDrop (installer/CPackGenerators.cmake.in). The bundle itself (switchyard.app, its
# Info.plist) is set up by installer/macos/Bundle.cmake at configure time on macOS.
set(CPACK_DMG_VOLUME_NAME "Switchyard ${CPACK_PACKAGE_VERSION}")
set(CPACK_DMG_FORMAT "UDZO")
set(CPACK_PACKAGE_FILE_NAME "Switchyard-${CPACK_PACKAGE_VERSION}-macos")
