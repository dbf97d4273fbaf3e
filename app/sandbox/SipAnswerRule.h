#pragma once

#include <QJsonObject>
#include <QString>

namespace tw {

// How the sandbox's SIP port answers OPTIONS for one gateway host (or every host): with a
// status (200 unless a fault is set), after a delay ("slow"), or not at all ("no-answer").
// Spec form, as --sip-fault and the admin endpoint take it: [HOST=]KIND, KIND one of
// no-answer, slow:MS, or a status code 100–699.
struct SipAnswerRule
{
    QString host; // empty: every host
    int status = 200;
    int delayMs = 0;
    bool silent = false;

    bool matches(const QString &requestHost) const
    {
        return host.isEmpty() || host.compare(requestHost, Qt::CaseInsensitive) == 0;
    }
    QString spec() const;
    QJsonObject toJson() const;
    static bool parse(const QString &spec, SipAnswerRule *out, QString *error);
    static bool fromJson(const QJsonObject &json, SipAnswerRule *out, QString *error);
};

} // namespace tw
