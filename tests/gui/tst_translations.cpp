// The translations built into the app (":/i18n"), loaded the way main.cpp
// loads them: the credential is shown in the user's language, a string that
// shares its English with another context has its own translation, and the
// English file (plural forms only) still says "1 session", not "1 session(s)".
#include "core/auth/AuthState.h"
#include "core/platform/Clock.h"
#include "core/status/StatusModel.h"
#include "gui/Notifier.h"
#include "gui/StatusLook.h"

#include <QTranslator>
#include <QtTest>

namespace {
AuthState signedIn(AuthState::Credential credential, const QString &subscription = {})
{
    AuthState s;
    s.kind = AuthState::SignedIn;
    s.credential = credential;
    s.subscription = subscription;
    s.keySource = QStringLiteral("ANTHROPIC_API_KEY");
    return s;
}
} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void credentialShownInGerman();
    void sameEnglishOwnTranslation();
    void englishHoldsPluralForms();

private:
    bool load(QLocale::Language language);
    QTranslator m_translator;
};

bool TestTranslations::load(QLocale::Language language)
{
    return m_translator.load(
               QLocale(language), QStringLiteral("observer-tray"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        && QCoreApplication::installTranslator(&m_translator);
}

void TestTranslations::init()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestTranslations::cleanup()
{
    QCoreApplication::removeTranslator(&m_translator);
}

void TestTranslations::credentialShownInGerman()
{
    QVERIFY(load(QLocale::German));
    StatusModel model;
    model.setAuthState(signedIn(AuthState::ClaudeSubscription, QStringLiteral("max")));
    QCOMPARE(StatusLook::stateText(model), QStringLiteral("angemeldet (Claude-Abo (max))"));
    QVERIFY2(StatusLook::toolTip(model).contains(QStringLiteral("angemeldet (Claude-Abo (max))")),
        qPrintable(StatusLook::toolTip(model)));
    model.setAuthState(signedIn(AuthState::ApiKey));
    QCOMPARE(StatusLook::stateText(model),
        QStringLiteral("angemeldet (API-Schlüssel aus ANTHROPIC_API_KEY – Abrechnung pro Token)"));

    // The notification after signing in again names it in German too.
    Notifier notifier;
    AuthState lost;
    lost.kind = AuthState::NotSignedIn;
    model.setAuthState(lost);
    QVERIFY(notifier.update(model.state(), model));
    const qint64 later = Clock::nowMs() + Notifier::kQuietMs; // never two notifications within a minute
    Clock::set([later] { return later; });
    model.setAuthState(signedIn(AuthState::OAuthToken));
    const auto back = notifier.update(model.state(), model);
    QVERIFY(back);
    QVERIFY2(back->body.contains(QStringLiteral("OAuth-Token")), qPrintable(back->body));
    Clock::set({});
}

void TestTranslations::sameEnglishOwnTranslation()
{
    QVERIFY(load(QLocale::German));
    // The tray menu's command and the title of the dialog when installing failed.
    QCOMPARE(QCoreApplication::translate("TrayIcon", "Install Claude Code hooks"),
        QStringLiteral("Claude-Code-Hooks installieren"));
    QCOMPARE(QCoreApplication::translate("AppController", "Install Claude Code hooks"),
        QStringLiteral("Installation der Claude-Code-Hooks"));
    // The credential "not signed in" and the state "not signed in".
    QCOMPARE(AuthState().credentialLabel(), QStringLiteral("keine Anmeldung"));
    QCOMPARE(QCoreApplication::translate("StatusLook", "not signed in"), QStringLiteral("nicht angemeldet"));
}

void TestTranslations::englishHoldsPluralForms()
{
    QVERIFY(load(QLocale::English));
    QCOMPARE(QCoreApplication::translate("HiddenSessionsPage", "%n session(s) hidden, %1.", nullptr, 1),
        QStringLiteral("1 session hidden, %1."));
    QCOMPARE(QCoreApplication::translate("HiddenSessionsPage", "%n session(s) hidden, %1.", nullptr, 2),
        QStringLiteral("2 sessions hidden, %1."));
    // Everything else is the source text itself.
    QCOMPARE(QCoreApplication::translate("TrayIcon", "Observing"), QStringLiteral("Observing"));
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
