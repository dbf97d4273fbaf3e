#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace tw {

class CoreContext;
class MessageBanner;

// Preferences that are not per domain: the appearance (applied at once) and the language (at the
// next start), how long a request may take, and the CA certificate of a TLS-inspecting proxy
// (the GUI's --ca-file). Saved to the settings file; a CA file without a certificate is refused
// with the dialog still open.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(CoreContext *core, QWidget *parent = nullptr);

    QLineEdit *caFileEdit() const { return m_caFile; }
    QPushButton *chooseCaButton() const { return m_chooseCa; }
    QComboBox *themeBox() const { return m_theme; }
    QComboBox *languageBox() const { return m_language; }
    MessageBanner *banner() const { return m_banner; }
    void accept() override;

signals:
    void saved(const QString &message);

private:
    void fitHeight();
    QWidget *leftAligned(QWidget *field);

    CoreContext *m_core;
    MessageBanner *m_banner;
    QLineEdit *m_caFile;
    QPushButton *m_chooseCa;
    QPushButton *m_clearCa;
    QSpinBox *m_timeout;
    QComboBox *m_theme;
    QComboBox *m_language;
    QDialogButtonBox *m_buttons;
};

} // namespace tw
