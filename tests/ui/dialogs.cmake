# The flow dialogs and the widgets they share, driven through real widgets against an in-process
# sandbox on loopback.
paydesk_add_test(tst_dialog_widgets GUI
    SOURCES tst_dialog_widgets.cpp dialog_fixture.h
    LIBS paydesk_ui paydesk_sandbox)
paydesk_add_test(tst_flow_dialogs GUI
    SOURCES tst_flow_dialogs.cpp dialog_fixture.h
    LIBS paydesk_ui paydesk_sandbox)
paydesk_add_test(tst_dialog_bad_inputs GUI
    SOURCES tst_dialog_bad_inputs.cpp dialog_fixture.h
    LIBS paydesk_ui paydesk_sandbox)
paydesk_add_test(tst_dialog_faults GUI
    SOURCES tst_dialog_faults.cpp dialog_fixture.h
    LIBS paydesk_ui paydesk_sandbox)
paydesk_add_test(tst_profiles_dialog GUI KEYRING
    SOURCES tst_profiles_dialog.cpp dialog_fixture.h
    LIBS paydesk_ui paydesk_sandbox)
paydesk_add_test(tst_dialog_gallery GUI
    SOURCES tst_dialog_gallery.cpp dialog_fixture.h
    LIBS paydesk_ui paydesk_sandbox)
# The same gallery in German: longer labels, German numbers.
target_compile_definitions(tst_dialog_gallery PRIVATE
    PAYDESK_QM_DIR="${PROJECT_BINARY_DIR}/share/paydesk/translations")
add_dependencies(tst_dialog_gallery paydesk_translations)
add_test(NAME tst_dialog_gallery_de COMMAND tst_dialog_gallery)
set_tests_properties(tst_dialog_gallery_de PROPERTIES TIMEOUT 300 ENVIRONMENT
    "PAYDESK_SPECS_DIR=${PAYDESK_SPECS_DIR};QT_QPA_PLATFORM=offscreen;PAYDESK_TEST_LANGUAGE=de")
paydesk_add_test(tst_terminal_payment GUI
    SOURCES tst_terminal_payment.cpp dialog_fixture.h
    LIBS paydesk_ui paydesk_sandbox)
paydesk_add_test(tst_forms_hold_still GUI
    SOURCES tst_forms_hold_still.cpp dialog_fixture.h
    LIBS paydesk_ui paydesk_sandbox)
# Receipts: the PDFs read back with pdftotext (poppler-utils), and where they are offered.
paydesk_add_test(tst_receipts GUI
    SOURCES tst_receipts.cpp dialog_fixture.h
    LIBS paydesk_ui paydesk_sandbox)
# A receipt in German, from the catalogue the build makes.
target_compile_definitions(tst_receipts PRIVATE
    PAYDESK_QM_DIR="${PROJECT_BINARY_DIR}/share/paydesk/translations")
add_dependencies(tst_receipts paydesk_translations)
