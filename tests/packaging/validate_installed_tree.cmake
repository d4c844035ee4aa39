# cmake -DBUILD_DIR=<build> -DSTAGE_DIR=<dir> -DAPPSTREAMCLI=<appstreamcli> -P ...
# Installs the build into STAGE_DIR under /usr, then validates it as a software centre sees it.
file(REMOVE_RECURSE "${STAGE_DIR}")
execute_process(
    COMMAND ${CMAKE_COMMAND} -E env DESTDIR=${STAGE_DIR}
            ${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix /usr
    OUTPUT_QUIET
    RESULT_VARIABLE installed)
if(NOT installed EQUAL 0)
    message(FATAL_ERROR "cmake --install failed (${installed})")
endif()
foreach(file
        usr/share/applications/org.paydesk.Paydesk.desktop
        usr/share/metainfo/org.paydesk.Paydesk.metainfo.xml
        usr/share/icons/hicolor/scalable/apps/org.paydesk.Paydesk.svg
        usr/share/icons/hicolor/16x16/apps/org.paydesk.Paydesk.png
        usr/share/icons/hicolor/512x512/apps/org.paydesk.Paydesk.png
        usr/share/paydesk/translations/paydesk_de.qm
        usr/share/man/man1/paydesk-cli.1.gz
        usr/share/bash-completion/completions/paydesk-cli)
    if(NOT EXISTS "${STAGE_DIR}/${file}")
        message(FATAL_ERROR "cmake --install did not put ${file} in place")
    endif()
endforeach()
execute_process(
    COMMAND ${APPSTREAMCLI} validate-tree --no-net ${STAGE_DIR}
    RESULT_VARIABLE valid)
file(REMOVE_RECURSE "${STAGE_DIR}")
if(NOT valid EQUAL 0)
    message(FATAL_ERROR "appstreamcli validate-tree failed (${valid})")
endif()
