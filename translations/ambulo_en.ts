<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Ambulo::App</name>
    <message>
        <source>Unknown option &apos;%1&apos;. The workstation takes --data DIR, --key-file FILE and --user NAME; see &apos;ambulo help&apos; for the commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ambulo cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No practice store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no Ambulo store in %1.

Create one with &apos;ambulo init --practice NAME --admin USER&apos;, or start Ambulo with --data pointing to the practice&apos;s store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the practice store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store in %1 could not be opened:

%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ambulo::App::BreakGlassDialog</name>
    <message>
        <source>Restricted record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1 is restricted. Opening it is recorded and reviewed by the practice&apos;s privacy officer.

Why do you need this record? (at least %2 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ambulo::App::Internal::AuditLogModel</name>
    <message>
        <source>⚑ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagged for review by the privacy officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient MRN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ambulo::App::Internal::AuditLogWidget</name>
    <message>
        <source>any user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any action, or a prefix such as patient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Patient MRN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the first %1 entries; narrow the filter to see the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries.</source>
        <translation>
            <numerusform>%n entry.</numerusform>
            <numerusform>%n entries.</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The audit chain is intact (%n entries).</source>
        <translation>
            <numerusform>The audit chain is intact (%n entry).</numerusform>
            <numerusform>The audit chain is intact (%n entries).</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit chain is broken at entry %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n entries.</source>
        <translation>
            <numerusform>Exported %n entry.</numerusform>
            <numerusform>Exported %n entries.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ambulo::App::Internal::PatientSummaryWidget</name>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secondary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tertiary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No patient selected. Press Ctrl+K to find one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home: %1
Mobile: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No insurance on file (self-pay).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, member %3, group %4 (%5)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ambulo::App::Internal::PracticeSettingsWidget</name>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;PI (organization):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tax id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock after idle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ambulo::App::Internal::UserDialog</name>
    <message>
        <source>Add user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset password of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;peat password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ambulo::App::Internal::UsersWidget</name>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable %1? They can no longer sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New role of %1:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ambulo::App::LockScreen</name>
    <message>
        <source>This workstation is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ambulo::App::LoginDialog</name>
    <message>
        <source>Sign in to Ambulo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ambulo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ambulo::App::MainWindow</name>
    <message>
        <source>Press %1 to find a patient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find patient…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;witch user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync: not configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ambulo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Ambulo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ambulo::App::PatientBanner</name>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restricted record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No patient selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 years · %2 · born %3 · MRN %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allergies: not recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ambulo::App::PatientSearchDialog</name>
    <message>
        <source>Find patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, MRN, date of birth or phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type at least %1 characters: name, MRN, date of birth or phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No patient matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More matches — keep typing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) found.</source>
        <translation>
            <numerusform>%n patient found.</numerusform>
            <numerusform>%n patients found.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot open the record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ambulo::App::PatientText</name>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — born %2 · %3 · MRN %4 · restricted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — born %2 · %3 · MRN %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ambulo::App::PlatformModule</name>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ambulo::Core</name>
    <message>
        <source>Front desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Biller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission denied: a %1 may not do &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ambulo::Core::DirectoryService</name>
    <message>
        <source>A practitioner needs a family and a given name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid NPI (10 digits with a correct check digit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A practitioner field is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage must belong to a patient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage rank must be primary, secondary or tertiary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage needs a payer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member id is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member id and group number have at most 40 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subscriber&apos;s name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subscriber relationship must be self, spouse, child or other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subscriber&apos;s date of birth is missing or not a real date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The coverage start date is missing or not a real date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The coverage ends (%1) before it starts (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An entry with the same identity already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A location needs a name of at most 100 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A room needs a name of at most 50 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No location with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A payer needs a name of at most 100 characters and an id of at most 20.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No patient with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No payer with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient already has a coverage of that rank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage %1 of the import: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ambulo::Core::PatientService</name>
    <message>
        <source>The family name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The given name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of birth is missing or not a real date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of birth %1 is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of birth %1 is before 1890.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex must be one of female, male, other or unknown (not &apos;%1&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred contact must be phone, sms, email or mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email is the preferred contact, but no email address is given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS is the preferred contact, but no mobile number is given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MRN &apos;%1&apos; is not valid: use up to 20 letters, digits or &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MRN %1 is already in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1 of the import: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No patient with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search text is longer than 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The result limit must be between 1 and 500.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No patient %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record is restricted. Give a reason to open it (break-glass).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explain in at least 10 characters why you need this record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason is longer than 500 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No patient with MRN %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ambulo::Core::PracticeService</name>
    <message>
        <source>The practice name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The practice name is longer than 120 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The idle lock must be between 1 and 120 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid NPI (10 digits with a correct check digit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tax id must be 9 digits (EIN, e.g. 12-3456789).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address or phone number is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ambulo::Core::UserService</name>
    <message>
        <source>A user name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name &apos;%1&apos; is not valid: use 2 to 32 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is longer than 256 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown user name or wrong password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is locked after too many failed sign-ins; try again in %1 minutes or ask an admin to unlock it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many failed sign-ins: the account is locked for %1 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The display name is longer than 100 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user named &apos;%1&apos; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store already has users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No user with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot take the admin role from your own account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is locked; sign in again later or ask an admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong passwords: the account is locked for %1 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
