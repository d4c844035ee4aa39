#pragma once

#include "models/drafts.h"
#include "models/resources.h"
#include "ui/dialogs/flow_dialog.h"

class QFormLayout;
class QGroupBox;
class QLineEdit;
class QRadioButton;

namespace paydesk {

class MetadataEditor;

// Creates a customer: a person (first and last name) or a business, email, phone with its
// country calling code, an address (all of it or none; line 2 optional), and metadata.
class CustomerDialog : public FlowDialog
{
    Q_OBJECT
public:
    explicit CustomerDialog(Workspace *session, QWidget *parent = nullptr);
    // Hidden first, while every part of the dialog still exists: hiding moves the focus away
    // from a field, and a field that loses it is checked.
    ~CustomerDialog() override;

    // What the form holds now, as it would be sent.
    CustomerDraft draft() const;
    bool isBusiness() const;
    void setBusiness(bool business);

signals:
    void customerCreated(const paydesk::Customer &customer);

protected:
    void submit() override;
    ValidationResult fieldErrors() const override;

private:
    void updateKind();

    QRadioButton *m_person;
    QRadioButton *m_business;
    QFormLayout *m_nameForm;
    QLineEdit *m_firstName;
    QLineEdit *m_lastName;
    QLineEdit *m_businessName;
    QLineEdit *m_email;
    QLineEdit *m_countryCode;
    QLineEdit *m_phone;
    QGroupBox *m_addressGroup;
    QLineEdit *m_line1;
    QLineEdit *m_line2;
    QLineEdit *m_city;
    QLineEdit *m_state;
    QLineEdit *m_postcode;
    QLineEdit *m_country;
    MetadataEditor *m_metadata;
};

} // namespace paydesk
