#pragma once

#include <QMetaType>
#include <QString>

namespace tw {

// Why a secret could not be read, written or removed. message() is one plain sentence for
// the admin; details() is for support. Neither ever contains the secret.
class SecretError
{
    Q_GADGET

public:
    enum class Kind {
        None,
        NotFound, // nothing stored under that account
        Unavailable, // no keychain backend reachable (no Secret Service, no D-Bus session)
        AccessDenied, // the keychain is locked or the user refused
        Other,
    };
    Q_ENUM(Kind)

    SecretError() = default;
    SecretError(Kind kind, QString message, QString details = {})
        : m_kind(kind)
        , m_message(std::move(message))
        , m_details(std::move(details))
    { }

    bool isError() const { return m_kind != Kind::None; }
    Kind kind() const { return m_kind; }
    QString message() const { return m_message; }
    QString details() const { return m_details; }

private:
    Kind m_kind = Kind::None;
    QString m_message;
    QString m_details;
};

} // namespace tw
