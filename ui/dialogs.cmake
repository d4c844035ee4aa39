# The flow dialogs and their widgets are added to paydesk_ui here.
