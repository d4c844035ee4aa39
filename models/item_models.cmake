# The item models (table models, filter/sort proxies, totals, volume per day) over the domain types. QtCore only,
# like the rest of paydesk_models.
target_sources(paydesk_models PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/key_index.h
    ${CMAKE_CURRENT_LIST_DIR}/row_store.h
    ${CMAKE_CURRENT_LIST_DIR}/sort_key.h
    ${CMAKE_CURRENT_LIST_DIR}/columns.h
    ${CMAKE_CURRENT_LIST_DIR}/columns.cpp
    ${CMAKE_CURRENT_LIST_DIR}/columns_payment_intents.cpp
    ${CMAKE_CURRENT_LIST_DIR}/columns_checkout_sessions.cpp
    ${CMAKE_CURRENT_LIST_DIR}/columns_customers.cpp
    ${CMAKE_CURRENT_LIST_DIR}/columns_cli_only.cpp
    ${CMAKE_CURRENT_LIST_DIR}/column_table_model.h
    ${CMAKE_CURRENT_LIST_DIR}/resource_table_model.h
    ${CMAKE_CURRENT_LIST_DIR}/resource_table_model.cpp
    ${CMAKE_CURRENT_LIST_DIR}/payment_intent_table_model.h
    ${CMAKE_CURRENT_LIST_DIR}/payment_intent_table_model.cpp
    ${CMAKE_CURRENT_LIST_DIR}/checkout_session_table_model.h
    ${CMAKE_CURRENT_LIST_DIR}/checkout_session_table_model.cpp
    ${CMAKE_CURRENT_LIST_DIR}/customer_table_model.h
    ${CMAKE_CURRENT_LIST_DIR}/customer_table_model.cpp
    ${CMAKE_CURRENT_LIST_DIR}/text_matcher.h
    ${CMAKE_CURRENT_LIST_DIR}/text_matcher.cpp
    ${CMAKE_CURRENT_LIST_DIR}/resource_filter_model.h
    ${CMAKE_CURRENT_LIST_DIR}/resource_filter_model.cpp
    ${CMAKE_CURRENT_LIST_DIR}/payment_intent_filter_model.h
    ${CMAKE_CURRENT_LIST_DIR}/payment_intent_filter_model.cpp
    ${CMAKE_CURRENT_LIST_DIR}/checkout_session_filter_model.h
    ${CMAKE_CURRENT_LIST_DIR}/checkout_session_filter_model.cpp
    ${CMAKE_CURRENT_LIST_DIR}/customer_filter_model.h
    ${CMAKE_CURRENT_LIST_DIR}/customer_filter_model.cpp
    ${CMAKE_CURRENT_LIST_DIR}/intent_totals.h
    ${CMAKE_CURRENT_LIST_DIR}/intent_totals.cpp
    ${CMAKE_CURRENT_LIST_DIR}/daily_volume.h
    ${CMAKE_CURRENT_LIST_DIR}/daily_volume.cpp
)
