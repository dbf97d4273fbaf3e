#include "mainwindow/SettingsDialog.h"

#include "api/CaBundle.h"
#include "common/FormRows.h"
#include "common/MessageBanner.h"
#include "common/ThemePalette.h"
#include "config/ConfigStore.h"
#include "core/CoreContext.h"
#include "core/Translations.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

namespace tw {

SettingsDialog::SettingsDialog(CoreContext *core, QWidget *parent)
    : QDialog(parent)
    , m_core(core)
    , m_banner(new MessageBanner(this))
    , m_caFile(new QLineEdit(this))
    , m_chooseCa(new QPushButton(tr("C&hoose…"), this))
    , m_clearCa(new QPushButton(tr("C&lear"), this))
    , m_timeout(new QSpinBox(this))
    , m_theme(new QComboBox(this))
    , m_language(new QComboBox(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Settings"));
    const AppSettings settings = core->store()->load().config.settings;

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    m_theme->addItem(tr("Follow the system"), ThemePalette::name(ThemePalette::Theme::System));
    m_theme->addItem(tr("Dark"), ThemePalette::name(ThemePalette::Theme::Dark));
    m_theme->addItem(tr("High contrast"), ThemePalette::name(ThemePalette::Theme::HighContrast));
    m_theme->setCurrentIndex(int(ThemePalette::fromName(settings.theme)));
    FormRows::add(form, tr("&Appearance:"), leftAligned(m_theme));
    FormRows::name(m_theme, tr("Appearance"));
    FormRows::hint(form, tr("High contrast shows white text and edges on black, with a yellow focus mark."));

    m_language->addItem(tr("The system's language"), QString());
    for (const QString &code : Translations::languages())
        m_language->addItem(Translations::nativeName(code), code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings.language)));
    FormRows::add(form, tr("Lan&guage:"), leftAligned(m_language));
    FormRows::name(m_language, tr("Language"));
    FormRows::hint(form, tr("Used the next time Trunk Wizard starts, by the app and trunkwizard-cli."));

    m_timeout->setRange(5, 600);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setValue(settings.requestTimeoutSeconds > 0
                            ? settings.requestTimeoutSeconds
                            : int(std::chrono::duration_cast<std::chrono::seconds>(ClientOptions {}.timeout).count()));
    FormRows::add(form, tr("&Request timeout:"), leftAligned(m_timeout));
    FormRows::name(m_timeout, tr("Request timeout"));
    FormRows::hint(form,
                   tr("How long one request to Cloudonix or Vapi may take before it is tried again or "
                      "reported."));

    auto *caRow = new QWidget(this);
    auto *caLayout = new QHBoxLayout(caRow);
    caLayout->setContentsMargins(0, 0, 0, 0);
    m_caFile->setText(settings.caFile);
    m_caFile->setPlaceholderText(tr("None: only the system's certificate authorities"));
    m_caFile->setMinimumWidth(320);
    caLayout->addWidget(m_caFile, 1);
    caLayout->addWidget(m_chooseCa);
    caLayout->addWidget(m_clearCa);
    FormRows::add(form, tr("Private &CA certificate:"), caRow);
    FormRows::name(m_caFile, tr("Private CA certificate"));
    m_chooseCa->setAccessibleDescription(tr("Choose a CA certificate file")); // its name: its text
    FormRows::name(m_clearCa, tr("Clear the CA certificate"));
    FormRows::hint(form,
                   tr("Only for a network whose HTTPS proxy inspects traffic: its CA certificate (PEM or "
                      "DER) is trusted in addition to the system's. Certificates are always checked."));
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_chooseCa, &QPushButton::clicked, this, [this] {
        auto *dialog = new QFileDialog(this, tr("Choose the CA certificate"), QString(),
                                       tr("Certificates (*.pem *.crt *.cer *.der);;All files (*)"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setFileMode(QFileDialog::ExistingFile);
        connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) { m_caFile->setText(path); });
        dialog->open();
    });
    connect(m_clearCa, &QPushButton::clicked, m_caFile, &QLineEdit::clear);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    resize(640, 0);
    fitHeight();
}

QWidget *SettingsDialog::leftAligned(QWidget *field)
{
    // The field keeps its own width; the row, and the hint under it, take the dialog's.
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(field);
    layout->addStretch(1);
    return row;
}

void SettingsDialog::fitHeight()
{
    // Wrapped hints and the banner take height for the width they get, which a layout's
    // minimum size does not count: ask for it, so nothing is clipped.
    resize(width(), std::max(height(), heightForWidth(width())));
}

void SettingsDialog::accept()
{
    const QString caFile = m_caFile->text().trimmed();
    QString error;
    if (!m_core->setCaFile(caFile, &error)) {
        m_banner->showMessage(MessageBanner::Level::Error, error);
        m_caFile->setFocus();
        QTimer::singleShot(0, this, &SettingsDialog::fitHeight);
        return; // the dialog stays, with what was typed
    }
    const int timeout = m_timeout->value();
    const QString theme = m_theme->currentData().toString();
    const QString language = m_language->currentData().toString();
    error = m_core->store()->update([&](AppConfig &config) {
        config.settings.caFile = caFile;
        config.settings.requestTimeoutSeconds = timeout;
        config.settings.theme = theme;
        config.settings.language = language;
    });
    if (!error.isEmpty()) {
        m_banner->showMessage(MessageBanner::Level::Error, error);
        return;
    }
    m_core->setRequestTimeout(std::chrono::seconds(timeout));
    if (ThemePalette::fromName(theme) != ThemePalette::current())
        ThemePalette::apply(ThemePalette::fromName(theme));
    emit saved(caFile.isEmpty() ? tr("Settings saved.")
                                : tr("Settings saved. The CA certificate in %1 is trusted from now on.").arg(caFile));
    QDialog::accept();
}

} // namespace tw
