# cmake -DMETAINFO=<file> -DVERSION=<version> -P check_metainfo_version.cmake
# Fails unless the first <release> of the metainfo (the newest, as AppStream orders them) is
# VERSION, so a version bump in CMakeLists.txt cannot ship without its release notes.
file(READ "${METAINFO}" metainfo)
if(NOT metainfo MATCHES "<release[^>]*version=\"([^\"]+)\"")
    message(FATAL_ERROR "${METAINFO} has no <release version=...>")
endif()
if(NOT CMAKE_MATCH_1 STREQUAL VERSION)
    message(FATAL_ERROR "The newest release in ${METAINFO} is ${CMAKE_MATCH_1}, but project() "
        "sets ${VERSION}: add a <release> for ${VERSION} with its notes.")
endif()
message(STATUS "metainfo release ${CMAKE_MATCH_1} matches the project version")
