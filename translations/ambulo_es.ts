<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>Ambulo::App</name>
    <message>
        <source>Unknown option &apos;%1&apos;. The workstation takes --data DIR, --key-file FILE and --user NAME; see &apos;ambulo help&apos; for the commands.</source>
        <translation>Opción desconocida: “%1”. La estación de trabajo acepta --data DIR, --key-file ARCHIVO y --user NOMBRE; consulte “ambulo help” para ver los comandos.</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 necesita un valor.</translation>
    </message>
    <message>
        <source>Ambulo cannot start</source>
        <translation>Ambulo no puede iniciarse</translation>
    </message>
    <message>
        <source>No practice store</source>
        <translation>No hay base de datos de la consulta</translation>
    </message>
    <message>
        <source>There is no Ambulo store in %1.

Create one with &apos;ambulo init --practice NAME --admin USER&apos;, or start Ambulo with --data pointing to the practice&apos;s store.</source>
        <translation>No hay una base de datos de Ambulo en %1.

Cree una con “ambulo init --practice NOMBRE --admin USUARIO” o inicie Ambulo con --data apuntando a la base de datos de la consulta.</translation>
    </message>
    <message>
        <source>Cannot open the practice store</source>
        <translation>No se puede abrir la base de datos de la consulta</translation>
    </message>
    <message>
        <source>The store in %1 could not be opened:

%2</source>
        <translation>No se pudo abrir la base de datos en %1:

%2</translation>
    </message>
</context>
<context>
    <name>Ambulo::App::BreakGlassDialog</name>
    <message>
        <source>Restricted record</source>
        <translation>Expediente restringido</translation>
    </message>
    <message>
        <source>Record %1 is restricted. Opening it is recorded and reviewed by the practice&apos;s privacy officer.

Why do you need this record? (at least %2 characters)</source>
        <translation>El expediente %1 está restringido. Su apertura queda registrada y la revisa el responsable de privacidad de la consulta.

¿Por qué necesita este expediente? (al menos %2 caracteres)</translation>
    </message>
    <message>
        <source>Open record</source>
        <translation>Abrir expediente</translation>
    </message>
</context>
<context>
    <name>Ambulo::App::Internal::AuditLogModel</name>
    <message>
        <source>⚑ %1</source>
        <translation>⚑ %1</translation>
    </message>
    <message>
        <source>Flagged for review by the privacy officer</source>
        <translation>Marcado para revisión por el responsable de privacidad</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Estación de trabajo</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Patient MRN</source>
        <translation>N.º de expediente</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
</context>
<context>
    <name>Ambulo::App::Internal::AuditLogWidget</name>
    <message>
        <source>any user</source>
        <translation>cualquier usuario</translation>
    </message>
    <message>
        <source>any patient</source>
        <translation>cualquier paciente</translation>
    </message>
    <message>
        <source>any action, or a prefix such as patient.</source>
        <translation>cualquier acción, o un prefijo como patient.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation>Verificar cadena</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>&amp;Patient MRN:</source>
        <translation>N.º de e&amp;xpediente:</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Acción:</translation>
    </message>
    <message>
        <source>Showing the first %1 entries; narrow the filter to see the rest.</source>
        <translation>Se muestran los primeros %1 registros; acote el filtro para ver el resto.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries.</source>
        <translation>
            <numerusform>%n registro.</numerusform>
            <numerusform>%n registros.</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Bitácora de auditoría</translation>
    </message>
    <message numerus="yes">
        <source>The audit chain is intact (%n entries).</source>
        <translation>
            <numerusform>La cadena de auditoría está íntegra (%n registro).</numerusform>
            <numerusform>La cadena de auditoría está íntegra (%n registros).</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit chain is broken at entry %1: %2</source>
        <translation>La cadena de auditoría está rota en el registro %1: %2</translation>
    </message>
    <message>
        <source>Export audit log</source>
        <translation>Exportar bitácora de auditoría</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n entries.</source>
        <translation>
            <numerusform>Se exportó %n registro.</numerusform>
            <numerusform>Se exportaron %n registros.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>Ambulo::App::Internal::PatientSummaryWidget</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Llamada telefónica</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>Mensaje de texto</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>No indicado</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Primaria</translation>
    </message>
    <message>
        <source>Secondary</source>
        <translation>Secundaria</translation>
    </message>
    <message>
        <source>Tertiary</source>
        <translation>Terciaria</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otra</translation>
    </message>
    <message>
        <source>No patient selected. Press Ctrl+K to find one.</source>
        <translation>No hay ningún paciente seleccionado. Presione Ctrl+K para buscar uno.</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Dirección:</translation>
    </message>
    <message>
        <source>Phones:</source>
        <translation>Teléfonos:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>Correo electrónico:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>Preferred contact:</source>
        <translation>Contacto preferido:</translation>
    </message>
    <message>
        <source>Coverage:</source>
        <translation>Cobertura:</translation>
    </message>
    <message>
        <source>%1, %2 %3</source>
        <translation>%1, %2 %3</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Home: %1
Mobile: %2</source>
        <translation>Casa: %1
Celular: %2</translation>
    </message>
    <message>
        <source>No insurance on file (self-pay).</source>
        <translation>Sin seguro registrado (pago particular).</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>del %1 al %2</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>desde el %1</translation>
    </message>
    <message>
        <source>%1: %2, member %3, group %4 (%5)</source>
        <translation>%1: %2, afiliado %3, grupo %4 (%5)</translation>
    </message>
</context>
<context>
    <name>Ambulo::App::Internal::PracticeSettingsWidget</name>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Practice &amp;name:</source>
        <translation>&amp;Nombre de la consulta:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <source>N&amp;PI (organization):</source>
        <translation>N&amp;PI (organización):</translation>
    </message>
    <message>
        <source>&amp;Tax id:</source>
        <translation>Id. &amp;fiscal:</translation>
    </message>
    <message>
        <source>&amp;Lock after idle:</source>
        <translation>&amp;Bloquear tras inactividad:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revertir</translation>
    </message>
    <message>
        <source>Practice settings</source>
        <translation>Configuración de la consulta</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
</context>
<context>
    <name>Ambulo::App::Internal::UserDialog</name>
    <message>
        <source>Add user</source>
        <translation>Agregar usuario</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>Nombre para &amp;mostrar:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>Reset password of %1</source>
        <translation>Restablecer la contraseña de %1</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>Re&amp;peat password:</source>
        <translation>Repe&amp;tir contraseña:</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
</context>
<context>
    <name>Ambulo::App::Internal::UsersWidget</name>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nombre para mostrar</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Agregar…</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Desactivar</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>Restablecer contraseña…</translation>
    </message>
    <message>
        <source>Change role…</source>
        <translation>Cambiar rol…</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation>Bloqueado hasta %1</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Activar</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>Disable user</source>
        <translation>Desactivar usuario</translation>
    </message>
    <message>
        <source>Disable %1? They can no longer sign in.</source>
        <translation>¿Desactivar a %1? Ya no podrá iniciar sesión.</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Cambiar rol</translation>
    </message>
    <message>
        <source>New role of %1:</source>
        <translation>Nuevo rol de %1:</translation>
    </message>
</context>
<context>
    <name>Ambulo::App::LockScreen</name>
    <message>
        <source>This workstation is locked</source>
        <translation>Esta estación de trabajo está bloqueada</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Switch user…</source>
        <translation>Cambiar de usuario…</translation>
    </message>
    <message>
        <source>Signed in: %1</source>
        <translation>Sesión iniciada: %1</translation>
    </message>
</context>
<context>
    <name>Ambulo::App::LoginDialog</name>
    <message>
        <source>Sign in to Ambulo</source>
        <translation>Iniciar sesión en Ambulo</translation>
    </message>
    <message>
        <source>Ambulo</source>
        <translation>Ambulo</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Ingrese su nombre de usuario.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Ingrese su contraseña.</translation>
    </message>
</context>
<context>
    <name>Ambulo::App::MainWindow</name>
    <message>
        <source>Press %1 to find a patient.</source>
        <translation>Presione %1 para buscar un paciente.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Find patient…</source>
        <translation>&amp;Buscar paciente…</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>B&amp;loquear ahora</translation>
    </message>
    <message>
        <source>S&amp;witch user…</source>
        <translation>&amp;Cambiar de usuario…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Cerrar s&amp;esión</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation>&amp;Restablecer disposición</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Sync: not configured</source>
        <translation>Sincronización: no configurada</translation>
    </message>
    <message>
        <source>Ambulo</source>
        <translation>Ambulo</translation>
    </message>
    <message>
        <source>%1 — Ambulo</source>
        <translation>%1 — Ambulo</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>Ambulo::App::PatientBanner</name>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Restricted record</source>
        <translation>Expediente restringido</translation>
    </message>
    <message>
        <source>Screen locked</source>
        <translation>Pantalla bloqueada</translation>
    </message>
    <message>
        <source>No patient selected</source>
        <translation>Ningún paciente seleccionado</translation>
    </message>
    <message>
        <source>%1 years · %2 · born %3 · MRN %4</source>
        <translation>%1 años · %2 · nac. %3 · expediente %4</translation>
    </message>
    <message>
        <source>Allergies: not recorded</source>
        <translation>Alergias: no registradas</translation>
    </message>
</context>
<context>
    <name>Ambulo::App::PatientSearchDialog</name>
    <message>
        <source>Find patient</source>
        <translation>Buscar paciente</translation>
    </message>
    <message>
        <source>Name, MRN, date of birth or phone</source>
        <translation>Nombre, n.º de expediente, fecha de nacimiento o teléfono</translation>
    </message>
    <message>
        <source>Type at least %1 characters: name, MRN, date of birth or phone.</source>
        <translation>Escriba al menos %1 caracteres: nombre, n.º de expediente, fecha de nacimiento o teléfono.</translation>
    </message>
    <message>
        <source>No patient matches.</source>
        <translation>Ningún paciente coincide.</translation>
    </message>
    <message>
        <source>More matches — keep typing.</source>
        <translation>Hay más coincidencias: siga escribiendo.</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) found.</source>
        <translation>
            <numerusform>Se encontró %n paciente.</numerusform>
            <numerusform>Se encontraron %n pacientes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot open the record</source>
        <translation>No se puede abrir el expediente</translation>
    </message>
</context>
<context>
    <name>Ambulo::App::PatientText</name>
    <message>
        <source>Female</source>
        <translation>Femenino</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Masculino</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocida</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 — born %2 · %3 · MRN %4 · restricted</source>
        <translation>%1 — nac. %2 · %3 · expediente %4 · restringido</translation>
    </message>
    <message>
        <source>%1 — born %2 · %3 · MRN %4</source>
        <translation>%1 — nac. %2 · %3 · expediente %4</translation>
    </message>
</context>
<context>
    <name>Ambulo::App::PlatformModule</name>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>Practice settings</source>
        <translation>Configuración de la consulta</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Bitácora de auditoría</translation>
    </message>
</context>
<context>
    <name>Ambulo::Core</name>
    <message>
        <source>Front desk</source>
        <translation>Recepción</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Profesional clínico</translation>
    </message>
    <message>
        <source>Biller</source>
        <translation>Facturación</translation>
    </message>
    <message>
        <source>Practice admin</source>
        <translation>Administrador de la consulta</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>Inicie sesión primero.</translation>
    </message>
    <message>
        <source>Permission denied: a %1 may not do &apos;%2&apos;.</source>
        <translation>Permiso denegado: el rol %1 no puede realizar “%2”.</translation>
    </message>
</context>
<context>
    <name>Ambulo::Core::DirectoryService</name>
    <message>
        <source>A practitioner needs a family and a given name.</source>
        <translation>Un profesional necesita apellido y nombre.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid NPI (10 digits with a correct check digit).</source>
        <translation>“%1” no es un NPI válido (10 dígitos con un dígito verificador correcto).</translation>
    </message>
    <message>
        <source>A practitioner field is too long.</source>
        <translation>Un campo del profesional es demasiado largo.</translation>
    </message>
    <message>
        <source>Coverage must belong to a patient.</source>
        <translation>La cobertura debe pertenecer a un paciente.</translation>
    </message>
    <message>
        <source>Coverage rank must be primary, secondary or tertiary.</source>
        <translation>El orden de la cobertura debe ser primaria, secundaria o terciaria.</translation>
    </message>
    <message>
        <source>Coverage needs a payer.</source>
        <translation>La cobertura necesita una aseguradora.</translation>
    </message>
    <message>
        <source>The member id is required.</source>
        <translation>El número de afiliado es obligatorio.</translation>
    </message>
    <message>
        <source>The member id and group number have at most 40 characters.</source>
        <translation>El número de afiliado y el número de grupo tienen como máximo 40 caracteres.</translation>
    </message>
    <message>
        <source>The subscriber&apos;s name is required.</source>
        <translation>El nombre del titular es obligatorio.</translation>
    </message>
    <message>
        <source>The subscriber relationship must be self, spouse, child or other.</source>
        <translation>La relación con el titular debe ser self (el propio paciente), spouse (cónyuge), child (hijo o hija) u other (otra).</translation>
    </message>
    <message>
        <source>The subscriber&apos;s date of birth is missing or not a real date.</source>
        <translation>Falta la fecha de nacimiento del titular o no es una fecha válida.</translation>
    </message>
    <message>
        <source>The coverage start date is missing or not a real date.</source>
        <translation>Falta la fecha de inicio de la cobertura o no es una fecha válida.</translation>
    </message>
    <message>
        <source>The coverage ends (%1) before it starts (%2).</source>
        <translation>La cobertura termina (%1) antes de comenzar (%2).</translation>
    </message>
    <message>
        <source>An entry with the same identity already exists.</source>
        <translation>Ya existe un registro con la misma identidad.</translation>
    </message>
    <message>
        <source>A location needs a name of at most 100 characters.</source>
        <translation>Una sede necesita un nombre de 100 caracteres como máximo.</translation>
    </message>
    <message>
        <source>A room needs a name of at most 50 characters.</source>
        <translation>Una sala necesita un nombre de 50 caracteres como máximo.</translation>
    </message>
    <message>
        <source>No location with id %1.</source>
        <translation>No existe ninguna sede con id %1.</translation>
    </message>
    <message>
        <source>A payer needs a name of at most 100 characters and an id of at most 20.</source>
        <translation>Una aseguradora necesita un nombre de 100 caracteres como máximo y un id de 20 como máximo.</translation>
    </message>
    <message>
        <source>No patient with id %1.</source>
        <translation>No existe ningún paciente con id %1.</translation>
    </message>
    <message>
        <source>No payer with id %1.</source>
        <translation>No existe ninguna aseguradora con id %1.</translation>
    </message>
    <message>
        <source>The patient already has a coverage of that rank.</source>
        <translation>El paciente ya tiene una cobertura de ese orden.</translation>
    </message>
    <message>
        <source>Coverage %1 of the import: %2</source>
        <translation>Cobertura %1 de la importación: %2</translation>
    </message>
</context>
<context>
    <name>Ambulo::Core::PatientService</name>
    <message>
        <source>The family name is required.</source>
        <translation>El apellido es obligatorio.</translation>
    </message>
    <message>
        <source>The given name is required.</source>
        <translation>El nombre es obligatorio.</translation>
    </message>
    <message>
        <source>The date of birth is missing or not a real date.</source>
        <translation>Falta la fecha de nacimiento o no es una fecha válida.</translation>
    </message>
    <message>
        <source>The date of birth %1 is in the future.</source>
        <translation>La fecha de nacimiento %1 está en el futuro.</translation>
    </message>
    <message>
        <source>The date of birth %1 is before 1890.</source>
        <translation>La fecha de nacimiento %1 es anterior a 1890.</translation>
    </message>
    <message>
        <source>Sex must be one of female, male, other or unknown (not &apos;%1&apos;).</source>
        <translation>El sexo debe ser female (femenino), male (masculino), other (otro) o unknown (desconocido), no “%1”.</translation>
    </message>
    <message>
        <source>Preferred contact must be phone, sms, email or mail.</source>
        <translation>El contacto preferido debe ser phone (teléfono), sms (mensaje de texto), email (correo electrónico) o mail (correo postal).</translation>
    </message>
    <message>
        <source>Email is the preferred contact, but no email address is given.</source>
        <translation>El contacto preferido es el correo electrónico, pero no se indicó ninguna dirección de correo.</translation>
    </message>
    <message>
        <source>SMS is the preferred contact, but no mobile number is given.</source>
        <translation>El contacto preferido es SMS, pero no se indicó ningún número de celular.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an email address.</source>
        <translation>“%1” no es una dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a phone number.</source>
        <translation>“%1” no es un número de teléfono.</translation>
    </message>
    <message>
        <source>MRN &apos;%1&apos; is not valid: use up to 20 letters, digits or &apos;-&apos;.</source>
        <translation>El n.º de expediente “%1” no es válido: use hasta 20 letras, dígitos o “-”.</translation>
    </message>
    <message>
        <source>MRN %1 is already in use.</source>
        <translation>El n.º de expediente %1 ya está en uso.</translation>
    </message>
    <message>
        <source>Record %1 of the import: %2</source>
        <translation>Registro %1 de la importación: %2</translation>
    </message>
    <message>
        <source>No patient with id %1.</source>
        <translation>No existe ningún paciente con id %1.</translation>
    </message>
    <message>
        <source>The search text is longer than 200 characters.</source>
        <translation>El texto de búsqueda tiene más de 200 caracteres.</translation>
    </message>
    <message>
        <source>The result limit must be between 1 and 500.</source>
        <translation>El límite de resultados debe estar entre 1 y 500.</translation>
    </message>
    <message>
        <source>No patient %1.</source>
        <translation>No existe el paciente %1.</translation>
    </message>
    <message>
        <source>This record is restricted. Give a reason to open it (break-glass).</source>
        <translation>Este expediente está restringido. Indique un motivo para abrirlo (acceso de emergencia).</translation>
    </message>
    <message>
        <source>Explain in at least 10 characters why you need this record.</source>
        <translation>Explique en al menos 10 caracteres por qué necesita este expediente.</translation>
    </message>
    <message>
        <source>The reason is longer than 500 characters.</source>
        <translation>El motivo tiene más de 500 caracteres.</translation>
    </message>
    <message>
        <source>No patient with MRN %1.</source>
        <translation>No existe ningún paciente con n.º de expediente %1.</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>El apellido</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>El nombre</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>El segundo nombre</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>La dirección</translation>
    </message>
    <message>
        <source>City</source>
        <translation>La ciudad</translation>
    </message>
    <message>
        <source>State</source>
        <translation>El estado</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>El código postal</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>El correo electrónico</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>El idioma</translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters.</source>
        <translation>%1 tiene más de %2 caracteres.</translation>
    </message>
</context>
<context>
    <name>Ambulo::Core::PracticeService</name>
    <message>
        <source>The practice name is required.</source>
        <translation>El nombre de la consulta es obligatorio.</translation>
    </message>
    <message>
        <source>The practice name is longer than 120 characters.</source>
        <translation>El nombre de la consulta tiene más de 120 caracteres.</translation>
    </message>
    <message>
        <source>The idle lock must be between 1 and 120 minutes.</source>
        <translation>El bloqueo por inactividad debe estar entre 1 y 120 minutos.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid NPI (10 digits with a correct check digit).</source>
        <translation>“%1” no es un NPI válido (10 dígitos con un dígito verificador correcto).</translation>
    </message>
    <message>
        <source>The tax id must be 9 digits (EIN, e.g. 12-3456789).</source>
        <translation>El identificador fiscal debe tener 9 dígitos (EIN, p. ej., 12-3456789).</translation>
    </message>
    <message>
        <source>The address or phone number is too long.</source>
        <translation>La dirección o el número de teléfono son demasiado largos.</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>Inicie sesión primero.</translation>
    </message>
</context>
<context>
    <name>Ambulo::Core::UserService</name>
    <message>
        <source>A user name is required.</source>
        <translation>El nombre de usuario es obligatorio.</translation>
    </message>
    <message>
        <source>User name &apos;%1&apos; is not valid: use 2 to 32 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter.</source>
        <translation>El nombre de usuario “%1” no es válido: use de 2 a 32 letras, dígitos, “.”, “_” o “-”, y empiece con una letra.</translation>
    </message>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation>La contraseña debe tener al menos %1 caracteres.</translation>
    </message>
    <message>
        <source>The password is longer than 256 characters.</source>
        <translation>La contraseña tiene más de 256 caracteres.</translation>
    </message>
    <message>
        <source>Unknown user name or wrong password.</source>
        <translation>Nombre de usuario desconocido o contraseña incorrecta.</translation>
    </message>
    <message>
        <source>This account is disabled.</source>
        <translation>Esta cuenta está desactivada.</translation>
    </message>
    <message>
        <source>This account is locked after too many failed sign-ins; try again in %1 minutes or ask an admin to unlock it.</source>
        <translation>Esta cuenta está bloqueada por demasiados intentos fallidos de inicio de sesión; vuelva a intentarlo en %1 minutos o pida a un administrador que la desbloquee.</translation>
    </message>
    <message>
        <source>Too many failed sign-ins: the account is locked for %1 minutes.</source>
        <translation>Demasiados intentos fallidos de inicio de sesión: la cuenta queda bloqueada durante %1 minutos.</translation>
    </message>
    <message>
        <source>Nobody is signed in.</source>
        <translation>No hay ninguna sesión iniciada.</translation>
    </message>
    <message>
        <source>This account no longer exists.</source>
        <translation>Esta cuenta ya no existe.</translation>
    </message>
    <message>
        <source>Wrong password.</source>
        <translation>Contraseña incorrecta.</translation>
    </message>
    <message>
        <source>The display name is longer than 100 characters.</source>
        <translation>El nombre para mostrar tiene más de 100 caracteres.</translation>
    </message>
    <message>
        <source>A user named &apos;%1&apos; already exists.</source>
        <translation>Ya existe un usuario llamado “%1”.</translation>
    </message>
    <message>
        <source>The store already has users.</source>
        <translation>La base de datos ya tiene usuarios.</translation>
    </message>
    <message>
        <source>No user with id %1.</source>
        <translation>No existe ningún usuario con id %1.</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>No puede desactivar su propia cuenta.</translation>
    </message>
    <message>
        <source>You cannot take the admin role from your own account.</source>
        <translation>No puede quitar el rol de administrador a su propia cuenta.</translation>
    </message>
    <message>
        <source>This account is locked; sign in again later or ask an admin.</source>
        <translation>Esta cuenta está bloqueada; vuelva a iniciar sesión más tarde o consulte a un administrador.</translation>
    </message>
    <message>
        <source>Too many wrong passwords: the account is locked for %1 minutes.</source>
        <translation>Demasiadas contraseñas incorrectas: la cuenta queda bloqueada durante %1 minutos.</translation>
    </message>
</context>
</TS>
