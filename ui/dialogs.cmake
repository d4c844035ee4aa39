# The flow dialogs and their widgets are added to paydesk_ui here.
target_sources(paydesk_ui PRIVATE
    widgets/palette_colours.h
    widgets/window_fit.h
    widgets/page_stack.h
    widgets/label_text.h
    widgets/message_banner.h widgets/message_banner.cpp
    widgets/form_errors.h widgets/form_errors.cpp
    widgets/money_edit.h widgets/money_edit.cpp
    widgets/date_field.h widgets/date_field.cpp
    widgets/flow_layout.h widgets/flow_layout.cpp
    widgets/metadata_editor.h widgets/metadata_editor.cpp
    widgets/customer_picker.h widgets/customer_picker.cpp
    widgets/payment_method_picker.h widgets/payment_method_picker.cpp
    widgets/device_picker.h widgets/device_picker.cpp
    widgets/transfers_editor.h widgets/transfers_editor.cpp
    widgets/payment_result_view.h widgets/payment_result_view.cpp
    widgets/line_items_editor.h widgets/line_items_editor.cpp
    widgets/qr_code_widget.h widgets/qr_code_widget.cpp
    widgets/link_panel.h widgets/link_panel.cpp
    widgets/checkout_link_view.h widgets/checkout_link_view.cpp
    dialogs/flow_dialog.h dialogs/flow_dialog.cpp
    dialogs/customer_dialog.h dialogs/customer_dialog.cpp
    dialogs/take_payment_dialog.h dialogs/take_payment_dialog.cpp
    dialogs/checkout_link_dialog.h dialogs/checkout_link_dialog.cpp
    dialogs/confirm_intent_dialog.h dialogs/confirm_intent_dialog.cpp
    dialogs/refund_dialog.h dialogs/refund_dialog.cpp
    dialogs/qr_code_dialog.h dialogs/qr_code_dialog.cpp
    dialogs/profiles_dialog.h dialogs/profiles_dialog.cpp
    dialogs/first_run_dialog.h dialogs/first_run_dialog.cpp
)
