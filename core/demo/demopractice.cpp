#include "core/demo/demopractice.h"

#include "core/constants.h"
#include "core/entities/npi.h"
#include "core/session/services.h"
#include "core/store/database.h"
#include "core/store/store.h"

#include <QDate>
#include <QRegularExpression>

#include <random>

namespace Ambulo::Core {

namespace {

// Common US surnames and given names, with enough accents, apostrophes and hyphens to keep
// search and sorting honest.
const char *const Families[] = {
    "Smith",     "Johnson",   "Williams",   "Brown",       "Jones",    "Garcia",   "Miller",
    "Davis",     "Rodriguez", "Martinez",   "Hernandez",   "Lopez",    "Gonzalez", "Wilson",
    "Anderson",  "Thomas",    "Taylor",     "Moore",       "Jackson",  "Martin",   "Lee",
    "Perez",     "Thompson",  "White",      "Harris",      "Sanchez",  "Clark",    "Ramirez",
    "Lewis",     "Robinson",  "Walker",     "Young",       "Allen",    "King",     "Wright",
    "Scott",     "Torres",    "Nguyen",     "Hill",        "Flores",   "Green",    "Adams",
    "Nelson",    "Baker",     "Hall",       "Rivera",      "Campbell", "Mitchell", "Carter",
    "Roberts",   "Gomez",     "Phillips",   "Evans",       "Turner",   "Diaz",     "Parker",
    "Cruz",      "Edwards",   "Collins",    "Reyes",       "Stewart",  "Morris",   "Morales",
    "Murphy",    "Cook",      "Rogers",     "Gutierrez",   "Ortiz",    "Morgan",   "Cooper",
    "Peterson",  "Bailey",    "Reed",       "Kelly",       "Howard",   "Ramos",    "Kim",
    "Cox",       "Ward",      "Richardson", "Watson",      "Brooks",   "Chavez",   "Wood",
    "James",     "Bennett",   "Gray",       "Mendoza",     "Ruiz",     "Hughes",   "Price",
    "Alvarez",   "Castillo",  "Sanders",    "Patel",       "Myers",    "Long",     "Ross",
    "Foster",    "Jiménez",   "O'Brien",    "Smith-Jones", "Müller",   "Nuñez",    "Çelik",
    "Okafor",    "Kowalski",  "Novak",      "Schmidt",     "Rossi",    "Dubois",   "Andersen",
    "Yamamoto",  "Chen",      "Wang",       "Singh",       "Khan",     "Ali",      "Cohen",
    "Levy",      "Murray",    "Ford",       "Hamilton",    "Graham",   "Sullivan", "Wallace",
    "West",      "Cole",      "Hayes",      "Bryant",      "Herrera",  "Gibson",   "Ellis",
    "Tran",      "Medina",    "Aguilar",    "Stevens",     "Freeman",  "Wells",    "Webb",
    "Simpson",   "Porter",    "Hunter",     "Hicks",       "Crawford", "Henry",    "Boyd",
    "Mason",     "Kennedy",   "Warren",     "Dixon",       "Burns",    "Gordon",   "Shaw",
    "Holmes",    "Rice",      "Robertson",  "Black",       "Daniels",  "Palmer",   "Mills",
    "Nichols",   "Grant",     "Knight",     "Ferguson",    "Rose",     "Stone",    "Hawkins",
    "Dunn",      "Perkins",   "Hudson",     "Spencer",     "Gardner",  "Stephens", "Payne",
    "Pierce",    "Berry",     "Matthews",   "Arnold",      "Wagner",   "Willis",   "Ray",
    "Watkins",   "Olson",     "Carroll",    "Duncan",      "Snyder",   "Hart",     "Cunningham",
    "Bradley",   "Lane",      "Andrews",    "Ruiz",        "Harper",   "Fox",      "Riley",
    "Armstrong", "Carpenter",
};
const char *const FemaleGiven[] = {
    "Mary",     "Patricia",  "Jennifer",  "Linda",     "Elizabeth",  "Barbara",   "Susan",
    "Jessica",  "Sarah",     "Karen",     "Lisa",      "Nancy",      "Betty",     "Sandra",
    "Margaret", "Ashley",    "Kimberly",  "Emily",     "Donna",      "Michelle",  "Carol",
    "Amanda",   "Melissa",   "Deborah",   "Stephanie", "Dorothy",    "Rebecca",   "Sharon",
    "Laura",    "Cynthia",   "Amy",       "Kathleen",  "Angela",     "Shirley",   "Emma",
    "Brenda",   "Pamela",    "Nicole",    "Anna",      "Samantha",   "Katherine", "Christine",
    "Debra",    "Rachel",    "Carolyn",   "Janet",     "Maria",      "Olivia",    "Heather",
    "Helen",    "Catherine", "Diane",     "Julie",     "Victoria",   "Joyce",     "Lauren",
    "Kelly",    "Christina", "Ruth",      "Joan",      "Virginia",   "Judith",    "Evelyn",
    "Hannah",   "Andrea",    "Megan",     "Cheryl",    "Jacqueline", "Madison",   "Teresa",
    "Abigail",  "Sophia",    "Martha",    "Sara",      "Gloria",     "Janice",    "Kathryn",
    "Ann",      "Isabella",  "Judy",      "Charlotte", "Julia",      "Grace",     "Amber",
    "Alice",    "Jean",      "Denise",    "Frances",   "Danielle",   "Marilyn",   "Natalie",
    "Beverly",  "Diana",     "Brittany",  "Theresa",   "Kayla",      "Alexis",    "Doris",
    "Lori",     "Zoë",       "Chloé",     "Inés",      "Sofía",      "Lucía",     "Mei",
    "Aisha",    "Priya",     "Fatima",    "Ngozi",     "Yuki",       "Ingrid",    "Siobhan",
    "Renée",    "Joanna",    "Josephine",
};
const char *const MaleGiven[] = {
    "James",   "Robert",    "John",        "Michael",   "David",    "William",  "Richard",
    "Joseph",  "Thomas",    "Christopher", "Charles",   "Daniel",   "Matthew",  "Anthony",
    "Mark",    "Donald",    "Steven",      "Andrew",    "Paul",     "Joshua",   "Kenneth",
    "Kevin",   "Brian",     "George",      "Timothy",   "Ronald",   "Jason",    "Edward",
    "Jeffrey", "Ryan",      "Jacob",       "Gary",      "Nicholas", "Eric",     "Jonathan",
    "Stephen", "Larry",     "Justin",      "Scott",     "Brandon",  "Benjamin", "Samuel",
    "Gregory", "Alexander", "Patrick",     "Frank",     "Raymond",  "Jack",     "Dennis",
    "Jerry",   "Tyler",     "Aaron",       "Jose",      "Adam",     "Nathan",   "Henry",
    "Zachary", "Douglas",   "Peter",       "Kyle",      "Noah",     "Ethan",    "Jeremy",
    "Walter",  "Christian", "Keith",       "Roger",     "Terry",    "Austin",   "Sean",
    "Gerald",  "Carl",      "Harold",      "Dylan",     "Arthur",   "Lawrence", "Jordan",
    "Jesse",   "Bryan",     "Billy",       "Bruce",     "Gabriel",  "Joe",      "Logan",
    "Alan",    "Juan",      "Albert",      "Willie",    "Elijah",   "Wayne",    "Randy",
    "Vincent", "Mason",     "Roy",         "Ralph",     "Bobby",    "Russell",  "Bradley",
    "Philip",  "José",      "Jürgen",      "François",  "Luis",     "Carlos",   "Miguel",
    "Hiroshi", "Wei",       "Arjun",       "Mohammed",  "Chinedu",  "Lars",     "Seamus",
    "Björn",   "Mateo",     "Diego",       "Oluwaseun", "Kwame",
};
const char *const Streets[] = {"Main St",       "Oak Ave",  "Maple Dr",        "Cedar Ln",
                               "Elm St",        "Pine Rd",  "Washington Blvd", "Lake View Dr",
                               "Hillcrest Ave", "River Rd", "Park Pl",         "Sunset Blvd",
                               "Church St",     "Mill Rd"};
const char *const Cities[] = {"Springfield", "Riverton", "Fairview",   "Greenville", "Madison",
                              "Franklin",    "Clinton",  "Georgetown", "Salem",      "Ashland"};

template<typename T, size_t N>
const T &pick(std::mt19937_64 &rng, const T (&array)[N])
{
    return array[rng() % N];
}

struct DemoProvider
{
    const char *given;
    const char *family;
    const char *credentials;
    const char *specialty;
};

const DemoProvider Providers[] = {
    {"Alicia", "Moreno", "MD", "Family Medicine"},
    {"Benjamin", "Okoye", "MD", "Internal Medicine"},
    {"Claire", "Whitfield", "DO", "Family Medicine"},
    {"Daniel", "Hsu", "MD", "Pediatrics"},
    {"Erin", "Kowalczyk", "NP", "Family Medicine"},
    {"Farid", "Haddad", "PA-C", "Family Medicine"},
};

QString demoNpi(int n)
{
    const QString nine = QStringLiteral("1%1").arg(23456780 + n, 8, 10, QLatin1Char('0'));
    return nine + QString::number(Npi::checkDigit(nine));
}

QString phone(std::mt19937_64 &rng)
{
    // 555-01xx numbers are reserved for fiction.
    const int area = 200 + int(rng() % 700);
    return QStringLiteral("(%1) 555-01%2").arg(area).arg(int(rng() % 100), 2, 10, QLatin1Char('0'));
}

} // namespace

QList<DemoUser> DemoPractice::users()
{
    return {
        {QStringLiteral("admin"), QStringLiteral("demo-admin-1"), QStringLiteral("admin")},
        {QStringLiteral("frontdesk"), QStringLiteral("demo-front-1"), QStringLiteral("front-desk")},
        {QStringLiteral("drmoreno"), QStringLiteral("demo-doctor-1"), QStringLiteral("provider")},
        {QStringLiteral("biller"), QStringLiteral("demo-biller-1"), QStringLiteral("biller")},
    };
}

Status DemoPractice::seed(Services &services, int patients, quint64 seed,
                          const std::function<void(int)> &progress)
{
    if (patients < 0 || patients > 5'000'000)
        return invalid(QStringLiteral("The demo holds between 0 and 5,000,000 patients."));
    std::mt19937_64 rng(seed);

    qint64 doctorUser = 0; // Dr. Moreno signs as the first demo provider
    for (const DemoUser &u : users()) {
        if (u.role == QLatin1String("admin"))
            continue;
        NewUser nu{u.username, QString(), *roleFromId(u.role), u.password};
        if (u.username == QLatin1String("drmoreno"))
            nu.displayName = QStringLiteral("Dr. Alicia Moreno");
        Result<qint64> id = services.users().add(nu);
        if (!id)
            return id.error();
        if (u.username == QLatin1String("drmoreno"))
            doctorUser = id.value();
    }

    for (int i = 0; i < int(std::size(Providers)); ++i) {
        const DemoProvider &p = Providers[i];
        Practitioner pr;
        pr.npi = demoNpi(i);
        pr.given = QString::fromUtf8(p.given);
        pr.family = QString::fromUtf8(p.family);
        pr.credentials = QString::fromUtf8(p.credentials);
        pr.specialty = QString::fromUtf8(p.specialty);
        pr.userId = i == 0 ? doctorUser : 0;
        if (Result<qint64> id = services.directory().addPractitioner(pr); !id)
            return id.error();
    }
    Result<qint64> main = services.directory().addLocation(
        {0, QStringLiteral("Main Street Clinic"), QStringLiteral("100 Main St, Springfield"),
         QStringLiteral("(217) 555-0100")});
    if (!main)
        return main.error();
    Result<qint64> north = services.directory().addLocation(
        {0, QStringLiteral("Northside Office"), QStringLiteral("48 Lake View Dr, Springfield"),
         QStringLiteral("(217) 555-0140")});
    if (!north)
        return north.error();
    for (int r = 1; r <= 6; ++r) {
        if (auto id =
                services.directory().addRoom({0, main.value(), QStringLiteral("Exam %1").arg(r)});
            !id)
            return id.error();
    }
    for (const char *room : {"Exam A", "Exam B", "Procedure"}) {
        if (auto id = services.directory().addRoom({0, north.value(), QString::fromUtf8(room)});
            !id)
            return id.error();
    }
    QList<qint64> payers;
    const std::pair<const char *, const char *> payerList[] = {{"Blue Cross Blue Shield", "BCBS1"},
                                                               {"Aetna", "60054"},
                                                               {"UnitedHealthcare", "87726"},
                                                               {"Cigna", "62308"},
                                                               {"Medicare Part B", "MCRB"},
                                                               {"Medicaid", "MCD01"},
                                                               {"Humana", "61101"}};
    for (const auto &[name, id] : payerList) {
        Result<qint64> payer =
            services.directory().addPayer({0, QString::fromUtf8(name), QString::fromUtf8(id)});
        if (!payer)
            return payer.error();
        payers.append(payer.value());
    }

    const QDate today = QDate::currentDate();
    constexpr int Batch = 5000;
    int done = 0;
    while (done < patients) {
        const int n = std::min(Batch, patients - done);
        QList<Patient> batch;
        batch.reserve(n);
        for (int i = 0; i < n; ++i) {
            Patient p;
            const int number = done + i + 1;
            p.mrn = QStringLiteral("M%1").arg(number, 7, 10, QLatin1Char('0'));
            const bool female = rng() % 2 == 0;
            p.sex = (rng() % 200 == 0)
                        ? QStringLiteral("other")
                        : (female ? QStringLiteral("female") : QStringLiteral("male"));
            p.family = QString::fromUtf8(pick(rng, Families));
            p.given = QString::fromUtf8(female ? pick(rng, FemaleGiven) : pick(rng, MaleGiven));
            if (rng() % 3 == 0)
                p.middle =
                    QString::fromUtf8(female ? pick(rng, FemaleGiven) : pick(rng, MaleGiven));
            // Ages 0 to 95, weighted a little toward adults like a family practice's panel.
            const int ageDays = int(rng() % (95 * 365));
            p.birthDate = today.addDays(-ageDays - 1);
            p.addressLine = QStringLiteral("%1 %2")
                                .arg(1 + rng() % 9999)
                                .arg(QString::fromUtf8(pick(rng, Streets)));
            p.city = QString::fromUtf8(pick(rng, Cities));
            p.state = QStringLiteral("IL");
            p.postalCode = QStringLiteral("627%1").arg(int(rng() % 100), 2, 10, QLatin1Char('0'));
            p.phoneHome = (rng() % 2) ? phone(rng) : QString();
            p.phoneMobile = phone(rng);
            if (rng() % 3 != 0)
                p.email = p.given.toLower()
                              .normalized(QString::NormalizationForm_D)
                              .remove(QRegularExpression(QStringLiteral("[^a-z]")))
                          + QLatin1Char('.') + QString::number(number)
                          + QStringLiteral("@example.com");
            p.language = (rng() % 6 == 0) ? QStringLiteral("es") : QStringLiteral("en");
            const char *contacts[] = {"phone", "sms", "email"};
            p.preferredContact = QString::fromLatin1(contacts[rng() % 3]);
            if (p.preferredContact == QLatin1String("email") && p.email.isEmpty())
                p.preferredContact = QStringLiteral("sms");
            p.restricted = rng() % 500 == 0;
            batch.append(p);
        }

        Transaction tx(services.store().db());
        if (!tx.active())
            return tx.error();
        Result<QList<qint64>> ids = services.patients().import(batch);
        if (!ids)
            return ids.error();
        QList<Coverage> coverages;
        for (int i = 0; i < n; ++i) {
            if (rng() % 10 >= 8)
                continue; // self-pay
            const Patient &p = batch[i];
            const int ranks = (rng() % 7 == 0) ? 2 : 1;
            for (int rank = 1; rank <= ranks; ++rank) {
                Coverage c;
                c.patientId = ids.value()[i];
                c.rank = rank;
                c.payerId = payers[int(rng() % payers.size())];
                c.memberId = QStringLiteral("%1%2")
                                 .arg(QChar(u'A' + int(rng() % 26)))
                                 .arg(rng() % 1000000000ULL, 9, 10, QLatin1Char('0'));
                c.groupNumber = QStringLiteral("G%1").arg(rng() % 100000, 5, 10, QLatin1Char('0'));
                const bool child = p.ageOn(today) < 18;
                c.subscriberRelationship = child ? QStringLiteral("child") : QStringLiteral("self");
                c.subscriberName =
                    child ? QString::fromUtf8(pick(rng, FemaleGiven)) + QLatin1Char(' ') + p.family
                          : p.given + QLatin1Char(' ') + p.family;
                c.subscriberBirthDate = child ? p.birthDate.addYears(-28) : p.birthDate;
                c.start = QDate(today.year() - int(rng() % 5), 1, 1);
                coverages.append(c);
            }
        }
        if (Status s = services.directory().importCoverages(coverages); !s)
            return s;
        if (Status s = tx.commit(); !s)
            return s;
        done += n;
        if (progress)
            progress(done);
    }
    return services.context().record(
        Constants::Audit::DemoSeed, QLatin1String(Constants::OutcomeOk), 0, {},
        QStringLiteral("%1 patients, seed %2").arg(patients).arg(seed));
}

} // namespace Ambulo::Core
