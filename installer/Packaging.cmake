# Packages: `cmake --build BUILD --target package` writes a .deb (Debian 12) and a .tar.gz of
# the same tree into BUILD. The Windows (NSIS) and macOS (DragNDrop) settings are in
# installer/windows and installer/macos; CPack reads them through CPackGenerators.cmake only
# when it runs that generator, and this file checks at configure time that they still load.
#
# What is installed (under CMAKE_INSTALL_PREFIX; the packages use /usr):
#   bin/switchyard                                   the program (src/CMakeLists.txt installs it)
#   share/applications/ID.desktop, share/metainfo/ID.metainfo.xml
#   share/icons/hicolor/NxN/apps/ID.png              rendered at build time by rsvg-convert
#   share/icons/hicolor/scalable/apps/ID.svg         resources/icons/switchyard.svg
#   share/man/man1/switchyard.1.gz, bash/zsh/fish completions
#   share/doc/switchyard/copyright, changelog.Debian.gz
include(GNUInstallDirs)

set(SWITCHYARD_APP_ID "io.github.switchyard.Switchyard")
set(SWITCHYARD_HOMEPAGE "https://github.com/switchyard/switchyard")
set(SWITCHYARD_CONTACT "The Switchyard developers <switchyard@users.noreply.github.com>")
# The Debian revision of this packaging of PROJECT_VERSION (installer/changelog names both).
set(SWITCHYARD_DEBIAN_RELEASE 1)

set(_in "${CMAKE_CURRENT_LIST_DIR}")
set(_out "${CMAKE_BINARY_DIR}/installer")
set(_svg "${CMAKE_SOURCE_DIR}/resources/icons/switchyard.svg")
file(MAKE_DIRECTORY "${_out}")

# The release named by the project must be the newest one the changelog and the metainfo list,
# or the package would describe another version than it holds.
file(STRINGS "${_in}/changelog" _changelog_head LIMIT_COUNT 1)
if(NOT _changelog_head MATCHES "^switchyard \\(${PROJECT_VERSION}-${SWITCHYARD_DEBIAN_RELEASE}\\) ")
    message(FATAL_ERROR "installer/changelog must start with an entry for ${PROJECT_VERSION}-${SWITCHYARD_DEBIAN_RELEASE} "
                        "(it starts: ${_changelog_head}); add one for the new version.")
endif()
file(READ "${_in}/${SWITCHYARD_APP_ID}.metainfo.xml" _metainfo)
string(FIND "${_metainfo}" "<release version=\"${PROJECT_VERSION}\"" _release_at)
if(_release_at EQUAL -1)
    message(FATAL_ERROR "installer/${SWITCHYARD_APP_ID}.metainfo.xml has no <release version=\"${PROJECT_VERSION}\">; "
                        "add the release to its <releases>.")
endif()

# --- Files installed beside the program -------------------------------------------------------

install(FILES "${_in}/${SWITCHYARD_APP_ID}.desktop" DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
install(FILES "${_in}/${SWITCHYARD_APP_ID}.metainfo.xml" DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")
install(FILES "${_svg}" DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps"
        RENAME "${SWITCHYARD_APP_ID}.svg")

# PNG icons from the one SVG, with librsvg's renderer (librsvg2-bin; scripts/common.sh installs it).
set(_generated)
find_program(SWITCHYARD_RSVG_CONVERT rsvg-convert)
if(SWITCHYARD_RSVG_CONVERT)
    foreach(size 16 24 32 48 64 128 256 512)
        set(_png "${_out}/icons/${size}x${size}/${SWITCHYARD_APP_ID}.png")
        add_custom_command(OUTPUT "${_png}"
            COMMAND ${CMAKE_COMMAND} -E make_directory "${_out}/icons/${size}x${size}"
            COMMAND ${SWITCHYARD_RSVG_CONVERT} --width=${size} --height=${size} --keep-aspect-ratio
                    --format=png --output "${_png}" "${_svg}"
            DEPENDS "${_svg}"
            COMMENT "Rendering the ${size} px icon"
            VERBATIM)
        list(APPEND _generated "${_png}")
        install(FILES "${_png}" DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps")
    endforeach()
else()
    message(WARNING "rsvg-convert (librsvg2-bin) was not found: the packages will have only the scalable icon. "
                    "Run scripts/run.sh or install librsvg2-bin.")
endif()

# Debian wants the man page and the changelog compressed, without a timestamp (-n) so a
# rebuild makes the same bytes.
find_program(SWITCHYARD_GZIP gzip REQUIRED)
foreach(pair "switchyard.1|switchyard.1.gz" "changelog|changelog.Debian.gz")
    string(REPLACE "|" ";" pair "${pair}")
    list(GET pair 0 _src)
    list(GET pair 1 _gz)
    add_custom_command(OUTPUT "${_out}/${_gz}"
        COMMAND sh -c "\"$0\" -9 -n -c \"$1\" > \"$2\"" ${SWITCHYARD_GZIP} "${_in}/${_src}" "${_out}/${_gz}"
        DEPENDS "${_in}/${_src}"
        COMMENT "Compressing ${_src}"
        VERBATIM)
    list(APPEND _generated "${_out}/${_gz}")
endforeach()
add_custom_target(switchyard_installer_files ALL DEPENDS ${_generated})

install(FILES "${_out}/switchyard.1.gz" DESTINATION "${CMAKE_INSTALL_MANDIR}/man1")
install(FILES "${_out}/changelog.Debian.gz" "${_in}/copyright" DESTINATION "${CMAKE_INSTALL_DATADIR}/doc/switchyard")
# Not a Debian upload: no ITP bug to close.
install(FILES "${_in}/lintian-overrides" DESTINATION "${CMAKE_INSTALL_DATADIR}/lintian/overrides" RENAME switchyard)
install(FILES "${_in}/completions/switchyard.bash" DESTINATION "${CMAKE_INSTALL_DATADIR}/bash-completion/completions"
        RENAME switchyard)
install(FILES "${_in}/completions/_switchyard" DESTINATION "${CMAKE_INSTALL_DATADIR}/zsh/vendor-completions")
install(FILES "${_in}/completions/switchyard.fish" DESTINATION "${CMAKE_INSTALL_DATADIR}/fish/vendor_completions.d")

# --- Windows and macOS: only where they are built ---------------------------------------------

if(APPLE)
    include("${_in}/macos/Bundle.cmake")
endif()
if(WIN32 OR APPLE)
    # Qt's libraries and plugins go beside the program (windeployqt / macdeployqt).
    qt_generate_deploy_app_script(TARGET switchyard OUTPUT_SCRIPT _deploy NO_UNSUPPORTED_PLATFORM_ERROR)
    install(SCRIPT "${_deploy}")
endif()

# --- CPack --------------------------------------------------------------------------------------

set(CPACK_PACKAGE_NAME "switchyard")
set(CPACK_PACKAGE_VENDOR "The Switchyard developers")
set(CPACK_PACKAGE_CONTACT "${SWITCHYARD_CONTACT}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${SWITCHYARD_HOMEPAGE}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Every large language model behind one native window")
# Lines under 80 characters: Debian's control file keeps them as they are.
string(CONCAT CPACK_PACKAGE_DESCRIPTION
    "Switchyard is a native desktop client for large language models: chat\n"
    "through OpenRouter or straight to OpenAI, Anthropic, Google Gemini, DeepSeek,\n"
    "Mistral, Groq, xAI, a local Ollama or LM Studio. Keys stay in the system\n"
    "keychain; every request is one row in a local ledger with its tokens and\n"
    "exact cost, shown per day, model and provider, with budgets. The same\n"
    "program works on the command line (ask, usage, models, chats, presets, keys).")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Switchyard")
set(CPACK_PACKAGE_EXECUTABLES "switchyard" "Switchyard")
set(CPACK_RESOURCE_FILE_LICENSE "${CMAKE_SOURCE_DIR}/LICENSE")
set(CPACK_STRIP_FILES TRUE)
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
set(CPACK_PACKAGE_CHECKSUM SHA256)
set(CPACK_SOURCE_GENERATOR TGZ)
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/" "/build[^/]*/" "/\\\\.cache/")

if(WIN32)
    set(CPACK_GENERATOR NSIS)
elseif(APPLE)
    set(CPACK_GENERATOR DragNDrop)
else()
    set(CPACK_GENERATOR DEB TGZ)
    set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
endif()

# Debian: dependencies from dpkg-shlibdeps, plus the plugins Qt loads at run time (which no
# ELF dependency names): the SQLite driver and the SVG icon engine.
set(CPACK_DEBIAN_PACKAGE_NAME "switchyard")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE "${SWITCHYARD_DEBIAN_RELEASE}")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6svg6")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring, xdg-utils")
set(CPACK_DEBIAN_PACKAGE_SECTION "net")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${SWITCHYARD_HOMEPAGE}")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${SWITCHYARD_CONTACT}")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION TRUE)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)

# Per-generator settings (NSIS, DragNDrop, the archive's name), read by cpack as it runs each.
set(SWITCHYARD_INSTALLER_DIR "${_in}")
configure_file("${_in}/CPackGenerators.cmake.in" "${_out}/CPackGenerators.cmake" @ONLY)
set(CPACK_PROJECT_CONFIG_FILE "${_out}/CPackGenerators.cmake")

# Configure-time check: the Windows and macOS settings load, for each generator, and set what
# their installers need; the Info.plist is well-formed and names this program and version.
configure_file("${_in}/macos/Info.plist.in" "${_out}/Info.plist" @ONLY)
foreach(gen NSIS DragNDrop)
    execute_process(
        COMMAND ${CMAKE_COMMAND} -DCPACK_GENERATOR=${gen} -DSWITCHYARD_INFO_PLIST=${_out}/Info.plist -P "${_in}/CheckGenerators.cmake"
        RESULT_VARIABLE _rc OUTPUT_VARIABLE _log ERROR_VARIABLE _log)
    if(NOT _rc EQUAL 0)
        message(FATAL_ERROR "The ${gen} installer settings do not load:\n${_log}")
    endif()
endforeach()

include(CPack)

# Tests of what is installed beside the program (the package itself: scripts/package-check.sh).
if(SWITCHYARD_TESTS)
    add_test(NAME test_installer_docs
             COMMAND bash "${_in}/check-cli-docs.sh" "$<TARGET_FILE:switchyard>" "${_in}")
    find_program(SWITCHYARD_DESKTOP_FILE_VALIDATE desktop-file-validate)
    find_program(SWITCHYARD_APPSTREAMCLI appstreamcli)
    find_program(SWITCHYARD_GROFF groff)
    if(SWITCHYARD_DESKTOP_FILE_VALIDATE AND SWITCHYARD_APPSTREAMCLI AND SWITCHYARD_GROFF)
        add_test(NAME test_installer_files COMMAND bash "${_in}/check-files.sh" "${_in}")
    else()
        message(STATUS "desktop-file-validate, appstreamcli or groff missing: test_installer_files not registered")
    endif()
endif()
