// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
// PEP 440 versions and specifiers, table-driven. The expectations are PEP 440's own examples and the
// behaviour of `packaging` 25 (Debian 13); agreesWithPackaging asks the real library about the same cases.

#include "services/version/Pep440.h"
#include "tests/support/TestSupport.h"

#include <QProcess>
#include <QTest>

using namespace slipway;
using namespace slipway::version;

namespace {
QStringList strings(std::initializer_list<const char*> list)
{
    QStringList result;
    for (const char* s : list)
        result.append(QString::fromUtf8(s));
    return result;
}
} // namespace

class TestPep440 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::initEnvironment(); }

    void normalise_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("normalised");
        const QList<std::pair<const char*, const char*>> rows{
            {"1.0", "1.0"},
            {"v1.0", "1.0"},
            {"V1.0", "1.0"},
            {"  1.0\n", "1.0"},
            {"1.0.0.0", "1.0.0.0"},
            {"01.002", "1.2"},
            {"0!1.0", "1.0"},
            {"2!1.0", "2!1.0"},
            {"1.0a1", "1.0a1"},
            {"1.0-alpha1", "1.0a1"},
            {"1.0.alpha.1", "1.0a1"},
            {"1.0_a_1", "1.0a1"},
            {"1.0a", "1.0a0"},
            {"1.0beta2", "1.0b2"},
            {"1.0B2", "1.0b2"},
            {"1.0c3", "1.0rc3"},
            {"1.0pre3", "1.0rc3"},
            {"1.0preview3", "1.0rc3"},
            {"1.0-RC3", "1.0rc3"},
            {"1.0post1", "1.0.post1"},
            {"1.0-post1", "1.0.post1"},
            {"1.0.post", "1.0.post0"},
            {"1.0-1", "1.0.post1"},
            {"1.0rev2", "1.0.post2"},
            {"1.0.r2", "1.0.post2"},
            {"1.0dev", "1.0.dev0"},
            {"1.0-dev3", "1.0.dev3"},
            {"1.0a1.dev2", "1.0a1.dev2"},
            {"1.0rc1.post2.dev3", "1.0rc1.post2.dev3"},
            {"1.0+abc.5", "1.0+abc.5"},
            {"1.0+ABC-005_x", "1.0+abc.5.x"},
            {"1.0.dev4+g1a2b3c4.d20260101", "1.0.dev4+g1a2b3c4.d20260101"},
            {"1!2.3.4rc5.post6.dev7+local.8", "1!2.3.4rc5.post6.dev7+local.8"},
        };
        for (const auto& [input, normalised] : rows)
            QTest::newRow(input) << QString::fromUtf8(input) << QString::fromUtf8(normalised);
    }
    void normalise()
    {
        QFETCH(QString, input);
        QFETCH(QString, normalised);
        const auto v = Version::parse(input);
        QVERIFY2(v.has_value(), qPrintable(v ? QString() : v.error().toString()));
        QCOMPARE(v->toString(), normalised);
        QCOMPARE(Version::isCanonical(input), input == normalised);
    }

    void invalid_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("why"); // a fragment of the reason
        QTest::newRow("empty") << "" << "empty";
        QTest::newRow("spaces") << "   " << "empty";
        QTest::newRow("word") << "latest" << "starts with a number";
        QTest::newRow("suffix") << "1.0-foo" << "\"-\" at position 4";
        QTest::newRow("double dot") << "1..0" << "position 2";
        QTest::newRow("trailing dot") << "1.0." << "position 4";
        QTest::newRow("two locals") << "1.0+a+b" << "position 6";
        QTest::newRow("empty local") << "1.0+" << "position 4";
        QTest::newRow("git describe") << "1.0-3-gabcdef" << "position";
        QTest::newRow("huge") << "99999999999999999999999.0" << "too large";
        QTest::newRow("bang only") << "!1.0" << "starts with a number";
    }
    void invalid()
    {
        QFETCH(QString, input);
        QFETCH(QString, why);
        const auto v = Version::parse(input);
        QVERIFY(!v.has_value());
        QVERIFY2(v.error().toString().contains(why), qPrintable(v.error().toString()));
        QVERIFY2(v.error().toString().contains(u'"' + input + u'"'), qPrintable(v.error().toString()));
    }

    void order()
    {
        // Strictly increasing, PEP 440's summary of ordering plus the corner cases.
        const QStringList ascending =
            strings({"1.0.dev456",    "1.0a1",         "1.0a2.dev456", "1.0a12.dev456",
                     "1.0a12",        "1.0b1.dev456",  "1.0b2",        "1.0b2.post345.dev456",
                     "1.0b2.post345", "1.0rc1.dev456", "1.0rc1",       "1.0",
                     "1.0+abc.5",     "1.0+abc.7",     "1.0+5",        "1.0.post456.dev34",
                     "1.0.post456",   "1.0.15",        "1.1.dev1",     "1.1",
                     "2.0",           "1!0.1"});
        for (qsizetype i = 0; i + 1 < ascending.size(); ++i) {
            const Version a = *Version::parse(ascending[i]);
            const Version b = *Version::parse(ascending[i + 1]);
            QVERIFY2(a < b, qPrintable(ascending[i] + u" < " + ascending[i + 1]));
            QVERIFY2(b > a, qPrintable(ascending[i + 1] + u" > " + ascending[i]));
        }
        QCOMPARE(*Version::parse(u"1.0"), *Version::parse(u"1.0.0"));
        QCOMPARE(*Version::parse(u"1.0+ABC"), *Version::parse(u"1.0+abc"));
        QVERIFY(*Version::parse(u"1.0+abc") != *Version::parse(u"1.0"));
        QVERIFY(*Version::parse(u"1.0+1.a") < *Version::parse(u"1.0+1.1"));
        QVERIFY(*Version::parse(u"1.0+1") < *Version::parse(u"1.0+1.0"));
    }

    void properties()
    {
        const Version v = *Version::parse(u"2!1.2.3rc4.post5.dev6+ubuntu.1");
        QCOMPARE(v.epoch(), 2);
        QCOMPARE(v.release(), (QList<qint64>{1, 2, 3}));
        QCOMPARE(v.pre()->kind, Version::PreKind::Candidate);
        QCOMPARE(v.pre()->number, 4);
        QCOMPARE(*v.post(), 5);
        QCOMPARE(*v.dev(), 6);
        QCOMPARE(v.local(), strings({"ubuntu", "1"}));
        QCOMPARE(v.publicVersion(), QStringLiteral("2!1.2.3rc4.post5.dev6"));
        QCOMPARE(v.baseVersion(), QStringLiteral("2!1.2.3"));
        QVERIFY(v.isPrerelease());
        QVERIFY(v.isPostrelease());
        QVERIFY(!Version::parse(u"1.0.post1")->isPrerelease());
        QVERIFY(Version::parse(u"1.0.dev1")->isPrerelease());
    }

    void specifiers_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QString>("version");
        QTest::addColumn<bool>("contained");
        const QList<std::tuple<const char*, const char*, bool>> rows{
            {"~=2.2", "2.2", true},
            {"~=2.2", "2.3", true},
            {"~=2.2", "3.0", false},
            {"~=2.2", "2.1", false},
            {"~=1.4.5", "1.4.9", true},
            {"~=1.4.5", "1.5.0", false},
            {"~=2.2.post3", "2.2.post3", true},
            {"~=2.2.post3", "2.3", true},
            {"~=2.2.post3", "3.0", false},
            {"~=1.4.5a4", "1.4.5", true},
            {"~=1.4.5a4", "1.5", false},
            {"~=1!1.0", "1!1.5", true},
            {"~=1!1.0", "1.5", false},
            {"==1.1", "1.1.0", true},
            {"==1.1", "1.1+local", true},
            {"==1.1+local", "1.1", false},
            {"==1.1+local", "1.1+local", true},
            {"==1.1.*", "1.1.2", true},
            {"==1.1.*", "1.1", true},
            {"==1.1.*", "1.10", false},
            {"==1.1.*", "1.1a1", false}, // a pre-release, and the specifier names none
            {"==1.1.*", "1.1.post1", true},
            {"==1.*", "2.0", false},
            {"==1.0.0.*", "1", true},
            {"!=1.1.*", "1.1.5", false},
            {"!=1.1.*", "1.2", true},
            {"!=1.1", "1.1+x", false},
            {"<=2.0", "2.0+local", true},
            {">=2.0", "2.0", true},
            {">=2.0", "2.0rc1", false},
            {"<2.0", "2.0rc1", false},
            {"<2.0", "1.9", true},
            {"<2.0rc2", "2.0rc1", true},
            {">2.0", "2.0.post1", false},
            {">2.0", "2.0.1", true},
            {">2.0", "2.0+local", false},
            {">2.0.post1", "2.0.post2", true},
            {"===1.0", "1.0", true},
            {"===1.0", "1.0.0", false},
            {">=1.0, <2, !=1.5.*", "1.5.1", false},
            {">=1.0, <2, !=1.5.*", "1.6", true},
            {">=1.0,<2", "1.9.dev1", false},
            {">=1.0.dev0", "1.9.dev1", true},
            {"", "3.0", true},
            {"", "3.0a1", false},
        };
        for (const auto& [spec, version, contained] : rows)
            QTest::addRow("%s in %s", version, spec)
                << QString::fromUtf8(spec) << QString::fromUtf8(version) << contained;
    }
    void specifiers()
    {
        QFETCH(QString, spec);
        QFETCH(QString, version);
        QFETCH(bool, contained);
        const auto set = SpecifierSet::parse(spec);
        QVERIFY2(set.has_value(), qPrintable(set ? QString() : set.error().toString()));
        QCOMPARE(set->contains(*Version::parse(version)), contained);
    }

    void invalidSpecifiers_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QString>("why");
        QTest::newRow("no operator") << "1.0" << "must start with";
        QTest::newRow("no version") << ">=" << "must follow";
        QTest::newRow("one part ~=") << "~=1" << "two release numbers";
        QTest::newRow("wildcard with >=") << ">=1.*" << "only == and !=";
        QTest::newRow("wildcard after pre") << "==1.0a1.*" << "release number only";
        QTest::newRow("local with >=") << ">=1.0+local" << "local version";
        QTest::newRow("bad version") << "==1.0-foo" << "position";
    }
    void invalidSpecifiers()
    {
        QFETCH(QString, spec);
        QFETCH(QString, why);
        const auto set = SpecifierSet::parse(spec);
        QVERIFY(!set.has_value());
        QVERIFY2(set.error().toString().contains(why), qPrintable(set.error().toString()));
    }

    void names()
    {
        QCOMPARE(normalizeName(u"Friendly-Bard"), QStringLiteral("friendly-bard"));
        QCOMPARE(normalizeName(u"FRIENDLY_BARD"), QStringLiteral("friendly-bard"));
        QCOMPARE(normalizeName(u"friendly.bard"), QStringLiteral("friendly-bard"));
        QCOMPARE(normalizeName(u"Friendly-._.-Bard"), QStringLiteral("friendly-bard"));
        QVERIFY(isValidName(u"churn"));
        QVERIFY(isValidName(u"a"));
        QVERIFY(isValidName(u"zope.interface"));
        QVERIFY(!isValidName(u"-churn"));
        QVERIFY(!isValidName(u"churn_"));
        QVERIFY(!isValidName(u"ch urn"));
        QVERIFY(!isValidName(u""));
    }

    // The same comparisons, asked of the real `packaging` library: our order is its order.
    void agreesWithPackaging()
    {
        const QStringList versions =
            strings({"1.0.dev456", "1.0a1", "1.0a12.dev456", "1.0b2.post345", "1.0rc1", "1.0", "1.0+abc.5",
                     "1.0+5", "1.0.post456.dev34", "1.0.post456", "1.1.dev1", "1!0.1", "2.0.0", "2",
                     "1.0+abc.7", "0.0.1", "1.0-1"});
        QString script =
            QStringLiteral("import sys\nfrom packaging.version import Version\n"
                           "vs=sys.argv[1:]\nfor v in sorted(vs, key=Version): print(Version(v))\n");
        QProcess python;
        python.start(QStringLiteral("python3"), QStringList{QStringLiteral("-c"), script} + versions);
        QVERIFY(python.waitForFinished(30000));
        QCOMPARE(python.exitCode(), 0);
        const QStringList expected =
            QString::fromUtf8(python.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);

        QList<Version> ours;
        for (const QString& v : versions)
            ours.append(*Version::parse(v));
        std::ranges::stable_sort(ours);
        QStringList actual;
        for (const Version& v : std::as_const(ours))
            actual.append(v.toString());
        QCOMPARE(actual, expected);
    }
};

QTEST_GUILESS_MAIN(TestPep440)
#include "tst_pep440.moc"
