# CPack: `cpack -G DEB` and `cpack -G TGZ` in a build directory package what `cmake --install`
# puts in place. Name, version, description and homepage come from project() in the top-level
# CMakeLists.txt, the one place they are set.

set(CPACK_PACKAGE_NAME paydesk)
set(CPACK_PACKAGE_VENDOR "The Paydesk developers")
set(CPACK_PACKAGE_CONTACT "The Paydesk developers <maintainers@paydesk.example.org>")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_HOMEPAGE_URL ${PROJECT_HOMEPAGE_URL})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
# Wrapped by hand: the .deb keeps the lines as they are.
set(CPACK_PACKAGE_DESCRIPTION "\
Paydesk is a native desktop console for the people who take and check
payments every day: shop staff taking a manual payment, support agents
sending checkout links, and finance reviewing and exporting payment
intents. It talks to payment APIs, Dots first, and keeps API keys in the
system keychain (Secret Service).

The package holds the desktop console (paydesk), its command-line
counterpart for scripts (paydesk-cli), and a local Dots-compatible sandbox
API (paydesk-sandbox) that the built-in demo and scripts run against.")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_RESOURCE_FILE_README ${PROJECT_SOURCE_DIR}/README.md)
# Stripped programs in the packages; the build tree keeps its symbols.
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGE_FILE_NAME
    "${CPACK_PACKAGE_NAME}-${PROJECT_VERSION}-${CMAKE_SYSTEM_NAME}-${CMAKE_SYSTEM_PROCESSOR}")
string(TOLOWER "${CPACK_PACKAGE_FILE_NAME}" CPACK_PACKAGE_FILE_NAME)
set(CPACK_GENERATOR TGZ)
if(CMAKE_SYSTEM_NAME STREQUAL "Linux")
    list(APPEND CPACK_GENERATOR DEB)
endif()

# --- Debian package ------------------------------------------------------------------------------
set(CPACK_DEBIAN_PACKAGE_NAME paydesk)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # paydesk_<version>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${PROJECT_HOMEPAGE_URL})
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# Depends: what the programs link, worked out by dpkg-shlibdeps from the binaries themselves.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# What the programs find by name only at run time, so shlibdeps cannot see it:
# - a Secret Service provider, and libsecret, which QtKeychain loads with dlopen(), to keep the
#   API keys (without them the demo and environment-variable credentials still work);
# - the Qt platform plugins beyond xcb (Wayland, among others), as libqt6gui6 itself recommends;
# - QtSvg's icon engine plugin, which draws the window icon from its SVG.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
    "gnome-keyring | kwalletmanager | keepassxc, libsecret-1-0, qt6-qpa-plugins, libqt6svg6")
# Qt's own messages (standard buttons, text field menus) in the user's language.
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "qt6-translations-l10n")

# --- Archive ---------------------------------------------------------------------------------------
# paydesk-<version>-linux-<arch>/{bin,share}: unpack anywhere; the programs find their
# translations relative to themselves.
set(CPACK_ARCHIVE_COMPONENT_INSTALL OFF)

# A source package is not made with CPack: `git archive` does that without build trees.
set(CPACK_SOURCE_GENERATOR "")

include(CPack)
