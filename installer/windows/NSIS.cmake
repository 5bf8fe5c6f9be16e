# The Windows installer (CPack's NSIS generator), read by cpack only when it runs NSIS
# (installer/CPackGenerators.cmake.in). Qt's DLLs and plugins are put beside switchyard.exe by
# the deploy script installer/Packaging.cmake adds on Windows (windeployqt).
set(CPACK_NSIS_PACKAGE_NAME "Switchyard")
set(CPACK_NSIS_DISPLAY_NAME "Switchyard ${CPACK_PACKAGE_VERSION}")
set(CPACK_NSIS_INSTALL_ROOT "$PROGRAMFILES64")
set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY "Switchyard")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\switchyard.exe")
set(CPACK_NSIS_URL_INFO_ABOUT "${CPACK_PACKAGE_HOMEPAGE_URL}")
set(CPACK_NSIS_HELP_LINK "${CPACK_PACKAGE_HOMEPAGE_URL}/issues")
set(CPACK_NSIS_CONTACT "${CPACK_PACKAGE_CONTACT}")
set(CPACK_NSIS_BRANDING_TEXT "Switchyard ${CPACK_PACKAGE_VERSION}")
# The same program is the command-line tool: offer to put it on PATH.
set(CPACK_NSIS_MODIFY_PATH ON)
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_EXECUTABLES_DIRECTORY "bin")
set(CPACK_NSIS_MUI_FINISHPAGE_RUN "switchyard.exe")
set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)
set(CPACK_PACKAGE_FILE_NAME "Switchyard-${CPACK_PACKAGE_VERSION}-windows-x64")
