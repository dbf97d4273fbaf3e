#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QRegularExpression>
#include <QString>

namespace tw {

// One injected failure: "METHOD PATH=KIND[xN]", e.g. "POST /vapi/credential=503x2" or
// "* /cloudonix/*=timeout". PATH is the full sandbox path; * matches any characters.
// KIND: 429, 429-no-retry-after, 500, 503, timeout, drop, malformed, hang-after (the request
// takes effect, its answer never comes: a reply lost on the way), drop-after (it takes effect,
// then the connection is closed unanswered), apply-late:MS (it takes effect MS ms after it came,
// whether or not its client is still there: a server still busy with a dead run's requests).
// xN: only the next N matching requests (without it: every one); @K: only the K-th matching
// request from now.
class FaultRule
{
    Q_GADGET
    Q_DECLARE_TR_FUNCTIONS(tw::FaultRule)

public:
    enum class Kind {
        RateLimited,
        RateLimitedNoRetryAfter,
        ServerError,
        Unavailable,
        Timeout,
        Drop,
        MalformedJson,
        HangAfterApplying,
        DropAfterApplying,
        ApplyLate
    };
    Q_ENUM(Kind)

    static bool parse(const QString &spec, FaultRule *out, QString *error);
    static bool fromJson(const QJsonObject &o, FaultRule *out, QString *error); // {"spec": "..."}

    bool matches(const QByteArray &method, const QString &path) const;
    Kind kind() const { return m_kind; }
    int remaining() const { return m_remaining; } // -1 = unlimited
    int delayMs() const { return m_delayMs; } // apply-late's MS
    // True while the matching requests before the K-th of "@K" go by (each call counts one).
    bool passOver();
    void consume();
    bool isSpent() const { return m_remaining == 0; }
    QString spec() const { return m_spec; }
    QJsonObject toJson() const;

private:
    QString m_spec;
    QByteArray m_method;
    QRegularExpression m_path;
    Kind m_kind = Kind::ServerError;
    int m_remaining = -1;
    int m_skip = 0;
    int m_delayMs = 0;
};

} // namespace tw
