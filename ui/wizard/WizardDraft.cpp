#include "wizard/WizardDraft.h"

#include "config/BoundedFile.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace tw {

QString WizardDraft::path(const QString &configDir)
{
    return QDir(configDir).filePath(QStringLiteral("wizard-draft.json"));
}

WizardDraft WizardDraft::load(const QString &configDir)
{
    WizardDraft draft;
    BoundedFile file(path(configDir)); // a draft over 16 MB is not one this app wrote: ignored
    if (file.read() != BoundedFile::Outcome::Read)
        return draft;
    const QJsonObject o = QJsonDocument::fromJson(file.data()).object();
    QList<FieldError> ignored; // a draft is checked again page by page
    draft.desired = DesiredState::fromJson(o.value(QLatin1String("desired")).toObject(), &ignored);
    draft.pageId = o.value(QLatin1String("page")).toInt(-1);
    draft.savedAt = QDateTime::fromString(o.value(QLatin1String("savedAt")).toString(), Qt::ISODate);
    return draft;
}

bool WizardDraft::save(const QString &configDir) const
{
    QDir().mkpath(configDir);
    QSaveFile file(path(configDir));
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QByteArray data
        = QJsonDocument(QJsonObject {{QStringLiteral("desired"), desired.toJson()},
                                     {QStringLiteral("page"), pageId},
                                     {QStringLiteral("savedAt"), savedAt.toUTC().toString(Qt::ISODate)}})
              .toJson();
    return file.write(data) == data.size() && file.commit();
}

void WizardDraft::clear(const QString &configDir)
{
    QFile::remove(path(configDir));
}

} // namespace tw
