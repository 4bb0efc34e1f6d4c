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
    <message>
        <source>yes</source>
        <translation type="vanished">sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation type="vanished">no</translation>
    </message>
</context>
<context>
    <name>Ambulo::App::AddNumberDialog</name>
    <message>
        <source>Add a number</source>
        <translation>Añadir un número</translation>
    </message>
    <message>
        <source>A number another system knows %1 by. Its messages under this number will reach this chart.</source>
        <translation>Un número con el que otro sistema conoce a %1. Sus mensajes con este número llegarán a este expediente.</translation>
    </message>
    <message>
        <source>e.g. HOSP</source>
        <translation>p. ej., HOSP</translation>
    </message>
    <message>
        <source>Medical record number</source>
        <translation type="vanished">N.º de expediente</translation>
    </message>
    <message>
        <source>Patient id</source>
        <translation type="vanished">Identificador de paciente</translation>
    </message>
    <message>
        <source>Driver&apos;s license</source>
        <translation type="vanished">Licencia de conducir</translation>
    </message>
    <message>
        <source>Social Security number</source>
        <translation type="vanished">Número de Seguro Social</translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="vanished">Otro</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>&amp;Given by:</source>
        <translation>&amp;Emitido por:</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Número:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>%1 of %2 is already on record %3. If both records are this person, a practice admin can merge them; otherwise check the number.</source>
        <translation>%1 de %2 ya figura en el expediente %3. Si ambos expedientes son de esta persona, un administrador de la consulta puede fusionarlos; si no, compruebe el número.</translation>
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
    <name>Ambulo::App::Internal::ConflictWidget</name>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>This workstation</source>
        <translation>Esta estación de trabajo</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Conservar los míos</translation>
    </message>
    <message>
        <source>The clashing fields take this workstation&apos;s values</source>
        <translation>Los campos en conflicto toman los valores de esta estación de trabajo</translation>
    </message>
    <message>
        <source>Keep server</source>
        <translation>Conservar los del servidor</translation>
    </message>
    <message>
        <source>The clashing fields take the server&apos;s values</source>
        <translation>Los campos en conflicto toman los valores del servidor</translation>
    </message>
    <message>
        <source>Fields changed on one side only merge by themselves; these were changed on both sides. Choose which values to keep.</source>
        <translation>Los campos cambiados en un solo lado se combinan solos; estos se cambiaron en ambos lados. Elija qué valores conservar.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No open conflicts.</source>
        <translation>No hay conflictos abiertos.</translation>
    </message>
    <message>
        <source>Settling the conflict with the server…</source>
        <translation>Resolviendo el conflicto con el servidor…</translation>
    </message>
    <message>
        <source>Settled: this workstation&apos;s values are on the server.</source>
        <translation>Resuelto: los valores de esta estación de trabajo están en el servidor.</translation>
    </message>
    <message>
        <source>Settled: the server&apos;s values are kept here.</source>
        <translation>Resuelto: se conservan aquí los valores del servidor.</translation>
    </message>
    <message>
        <source>Not settled: %1</source>
        <translation>Sin resolver: %1</translation>
    </message>
    <message>
        <source>Show values…</source>
        <translation>Mostrar valores…</translation>
    </message>
    <message>
        <source>The record is restricted: give a reason to see its values</source>
        <translation>El expediente está restringido: indique un motivo para ver sus valores</translation>
    </message>
    <message>
        <source>This conflict is about a restricted record. Its values are shown once you give a reason.</source>
        <translation>Este conflicto trata de un expediente restringido. Sus valores se muestran cuando indique un motivo.</translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation>Rechazado por el servidor</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Enviar de nuevo</translation>
    </message>
    <message>
        <source>Once the fault is mended on the server, the next sync round sends the chosen record as it is now</source>
        <translation>Una vez corregido el fallo en el servidor, la próxima ronda de sincronización envía el registro elegido tal como está ahora</translation>
    </message>
    <message>
        <source>%1 goes to the server again with the next sync round.</source>
        <translation>%1 se enviará de nuevo al servidor en la próxima ronda de sincronización.</translation>
    </message>
</context>
<context>
    <name>Ambulo::App::Internal::InterfaceDialog</name>
    <message>
        <source>New outbound interface</source>
        <translation>Nueva interfaz de salida</translation>
    </message>
    <message>
        <source>Interface %1</source>
        <translation>Interfaz %1</translation>
    </message>
    <message>
        <source>e.g. HOSP (letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;)</source>
        <translation>p. ej. HOSP (letras, dígitos, «.», «_», «-»)</translation>
    </message>
    <message>
        <source>Host name or address of the receiver</source>
        <translation>Nombre o dirección del equipo receptor</translation>
    </message>
    <message>
        <source>None ticked: every message Ambulo makes.</source>
        <translation>Ninguno marcado: todos los mensajes que genera Ambulo.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Every workstation&apos;s (this one is the practice&apos;s interface workstation)</source>
        <translation>De todas las estaciones de trabajo (esta es la estación de interfaces de la consulta)</translation>
    </message>
    <message>
        <source>This workstation&apos;s only (every workstation has this interface)</source>
        <translation>Solo de esta estación de trabajo (todas las estaciones tienen esta interfaz)</translation>
    </message>
    <message>
        <source>Use TLS</source>
        <translation>Usar TLS</translation>
    </message>
    <message>
        <source>The system&apos;s certificate authorities</source>
        <translation>Las autoridades de certificación del sistema</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Send messages</source>
        <translation>Enviar mensajes</translation>
    </message>
    <message>
        <source>Off: changes are still queued, and sent once it is on again.</source>
        <translation>Desactivada: los cambios se siguen encolando y se envían cuando se vuelva a activar.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Receiver host</source>
        <translation>Equipo receptor</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>Message types</source>
        <translation>Tipos de mensaje</translation>
    </message>
    <message>
        <source>ACK timeout</source>
        <translation>Tiempo de espera del ACK</translation>
    </message>
    <message>
        <source>Sending facility (MSH-4)</source>
        <translation>Centro emisor (MSH-4)</translation>
    </message>
    <message>
        <source>Receiving application (MSH-5)</source>
        <translation>Aplicación receptora (MSH-5)</translation>
    </message>
    <message>
        <source>Receiving facility (MSH-6)</source>
        <translation>Centro receptor (MSH-6)</translation>
    </message>
    <message>
        <source>Sends the changes of</source>
        <translation>Envía los cambios de</translation>
    </message>
    <message>
        <source>CA certificates file</source>
        <translation>Archivo de certificados de CA</translation>
    </message>
    <message>
        <source>Client certificate file</source>
        <translation>Archivo del certificado de cliente</translation>
    </message>
    <message>
        <source>Client key file</source>
        <translation>Archivo de la clave de cliente</translation>
    </message>
</context>
<context>
    <name>Ambulo::App::Internal::InterfaceMonitorModel</name>
    <message>
        <source>Disabled</source>
        <translation>Desactivada</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>Reintentando</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Requiere atención</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Inactiva</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Interfaz</translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation>Receptor</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendientes</translation>
    </message>
    <message>
        <source>Parked</source>
        <translation>Retenidos</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregados</translation>
    </message>
    <message>
        <source>Last ACK</source>
        <translation>Último ACK</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Último error</translation>
    </message>
    <message>
        <source>Sends what is changed on this workstation. Changes made on other workstations and pulled from the FHIR server are left to theirs.</source>
        <translation>Envía lo que se cambia en esta estación de trabajo. Los cambios hechos en otras estaciones y recibidos del servidor FHIR los envía cada una de ellas.</translation>
    </message>
    <message>
        <source>Sends every change, also those made on other workstations and pulled from the FHIR server.</source>
        <translation>Envía todos los cambios, también los hechos en otras estaciones de trabajo y recibidos del servidor FHIR.</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>This workstation&apos;s changes</source>
        <translation>Los cambios de esta estación de trabajo</translation>
    </message>
    <message>
        <source>Every workstation&apos;s changes</source>
        <translation>Los cambios de todas las estaciones de trabajo</translation>
    </message>
    <message>
        <source>Sends</source>
        <translation>Envía</translation>
    </message>
</context>
<context>
    <name>Ambulo::App::Internal::InterfaceMonitorWidget</name>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Show text</source>
        <translation>Mostrar texto</translation>
    </message>
    <message>
        <source>Shows the message; the access is recorded in the audit log.</source>
        <translation>Muestra el mensaje; el acceso queda registrado en la bitácora de auditoría.</translation>
    </message>
    <message>
        <source>Resend</source>
        <translation>Reenviar</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Select a parked message and choose Show text.</source>
        <translation>Seleccione un mensaje retenido y elija Mostrar texto.</translation>
    </message>
    <message>
        <source>Parked messages of the selected interface</source>
        <translation>Mensajes retenidos de la interfaz seleccionada</translation>
    </message>
    <message>
        <source>No outbound interface is configured.</source>
        <translation>No hay ninguna interfaz de salida configurada.</translation>
    </message>
    <message numerus="yes">
        <source>%n interface(s).</source>
        <translation>
            <numerusform>%n interfaz.</numerusform>
            <numerusform>%n interfaces.</numerusform>
        </translation>
    </message>
    <message>
        <source>Message %1 is queued again in its original place.</source>
        <translation>El mensaje %1 vuelve a estar en cola en su posición original.</translation>
    </message>
    <message>
        <source>Message %1 is discarded; it will not be sent.</source>
        <translation>El mensaje %1 se descartó; no se enviará.</translation>
    </message>
    <message>
        <source>Inbound listener</source>
        <translation>Receptor entrante</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Conexiones</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Último error</translation>
    </message>
    <message>
        <source>Stopped %1</source>
        <translation>Detenido %1</translation>
    </message>
    <message>
        <source>Listening since %1</source>
        <translation>Escuchando desde %1</translation>
    </message>
    <message>
        <source>Not heard from since %1</source>
        <translation>Sin comunicación desde %1</translation>
    </message>
    <message>
        <source>%1, last %2</source>
        <translation>%1, último %2</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Quitar…</translation>
    </message>
    <message>
        <source>Interface %1 added: it sends the changes made from now on.</source>
        <translation>Interfaz %1 añadida: envía los cambios hechos a partir de ahora.</translation>
    </message>
    <message>
        <source>Interface %1 saved.</source>
        <translation>Interfaz %1 guardada.</translation>
    </message>
    <message numerus="yes">
        <source>Remove interface %1? Its %n undelivered message(s) are deleted and never sent.</source>
        <translation>
            <numerusform>¿Quitar la interfaz %1? Se borra %n mensaje sin entregar, que no se enviará nunca.</numerusform>
            <numerusform>¿Quitar la interfaz %1? Se borran %n mensajes sin entregar, que no se enviarán nunca.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove interface %1?</source>
        <translation>¿Quitar la interfaz %1?</translation>
    </message>
    <message>
        <source>Remove interface</source>
        <translation>Quitar interfaz</translation>
    </message>
    <message>
        <source>Interface %1 removed.</source>
        <translation>Interfaz %1 quitada.</translation>
    </message>
</context>
<context>
    <name>Ambulo::App::Internal::NameMatchesWidget</name>
    <message>
        <source>Registrations from other systems that were taken to be a record here by name and birth date. Compare each, then confirm it or undo it.</source>
        <translation>Registros de otros sistemas que se tomaron por un expediente de aquí por nombre y fecha de nacimiento. Compare cada uno y luego confírmelo o deshágalo.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Expediente</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Números</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Cambiado</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Comparar</translation>
    </message>
    <message>
        <source>Right &amp;person</source>
        <translation>&amp;Persona correcta</translation>
    </message>
    <message>
        <source>The match was right: it leaves this list</source>
        <translation>La coincidencia era correcta: sale de esta lista</translation>
    </message>
    <message>
        <source>&amp;Undo the match…</source>
        <translation>&amp;Deshacer la coincidencia…</translation>
    </message>
    <message>
        <source>&amp;Open record</source>
        <translation>&amp;Abrir expediente</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Actuali&amp;zar</translation>
    </message>
    <message>
        <source>No name matches are waiting for review.</source>
        <translation>No hay coincidencias por nombre pendientes de revisión.</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) waiting for review.</source>
        <translation>
            <numerusform>%n coincidencia pendiente de revisión.</numerusform>
            <numerusform>%n coincidencias pendientes de revisión.</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>%1: %2 → %3, now %4</source>
        <translation>%1: %2 → %3, ahora %4</translation>
    </message>
    <message>
        <source>The match changed nothing in the record.</source>
        <translation>La coincidencia no cambió nada en el expediente.</translation>
    </message>
    <message>
        <source>Before the match → from %1:
%2</source>
        <translation>Antes de la coincidencia → según %1:
%2</translation>
    </message>
    <message>
        <source>Confirmed: %1 is the person %2 registered.</source>
        <translation>Confirmado: %1 es la persona que registró %2.</translation>
    </message>
    <message>
        <source>Undo the match</source>
        <translation>Deshacer la coincidencia</translation>
    </message>
    <message>
        <source>record %1</source>
        <translation>el expediente %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Ambulo::App::Internal::ParkedMessagesModel</name>
    <message>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Control ID</source>
        <translation>ID de control</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Receiver&apos;s answer</source>
        <translation>Respuesta del receptor</translation>
    </message>
    <message>
        <source>Parked at</source>
        <translation>Retenido el</translation>
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
    <message>
        <source>SSN</source>
        <translation type="vanished">n.º de Seguro Social</translation>
    </message>
    <message>
        <source>•••-••-%1</source>
        <translation type="vanished">•••-••-%1</translation>
    </message>
    <message>
        <source>MRN</source>
        <translation type="vanished">n.º de expediente</translation>
    </message>
    <message>
        <source>patient id</source>
        <translation type="vanished">id. de paciente</translation>
    </message>
    <message>
        <source>driver&apos;s license</source>
        <translation type="vanished">licencia de conducir</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="vanished">%1 (%2)</translation>
    </message>
    <message>
        <source>Other numbers:</source>
        <translation>Otros números:</translation>
    </message>
    <message>
        <source>Remove a number…</source>
        <translation>Quitar un número…</translation>
    </message>
    <message>
        <source>Take a number off this record when it was given to the wrong person (practice admins)</source>
        <translation>Quitar un número de este registro cuando se asignó a la persona equivocada (administradores de la consulta)</translation>
    </message>
    <message>
        <source>Remove a number</source>
        <translation>Quitar un número</translation>
    </message>
    <message>
        <source>Number to take off %1&apos;s record:</source>
        <translation>Número que quitar del registro de %1:</translation>
    </message>
    <message>
        <source>Take %1 off %2&apos;s record?

Messages from %3 under this number will no longer reach this chart; the next one may make a new record. The removal is audited and sent to the FHIR server.</source>
        <translation>¿Quitar %1 del registro de %2?

Los mensajes de %3 con este número dejarán de llegar a este historial; el siguiente puede crear un registro nuevo. La eliminación queda auditada y se envía al servidor FHIR.</translation>
    </message>
    <message>
        <source>the other system</source>
        <translation>el otro sistema</translation>
    </message>
    <message>
        <source>Add a number…</source>
        <translation>Añadir un número…</translation>
    </message>
    <message>
        <source>Type in a number a hospital or lab knows this patient by</source>
        <translation>Escriba un número con el que un hospital o laboratorio conoce a este paciente</translation>
    </message>
    <message>
        <source>%1 came with %2 on %3, which was taken to be %4 by name and birth date.

Undo that match? Its numbers (%5) come off the record, and what it changed in the record is put back unless changed again since. The sender&apos;s messages under these numbers will no longer reach this chart, nor be matched to it by name again. The undo is audited and sent to the FHIR server.</source>
        <translation type="vanished">%1 llegó con %2 el %3, que se tomó por %4 por nombre y fecha de nacimiento.

¿Deshacer esa coincidencia? Sus números (%5) se quitan del expediente y lo que cambió en él se restablece, salvo lo que se haya vuelto a cambiar desde entonces. Los mensajes del remitente con estos números ya no llegarán a este expediente ni volverán a asociarse a él por nombre. La acción queda auditada y se envía al servidor FHIR.</translation>
    </message>
    <message>
        <source>Undo the match</source>
        <translation type="vanished">Deshacer la coincidencia</translation>
    </message>
    <message>
        <source>The match is undone. Nothing it changed needed putting back.</source>
        <translation type="vanished">La coincidencia se ha deshecho. No había nada que restablecer.</translation>
    </message>
    <message>
        <source>The match is undone. Put back: %1.</source>
        <translation type="vanished">La coincidencia se ha deshecho. Restablecido: %1.</translation>
    </message>
    <message>
        <source>Changed again since the match, so left as they are; check them: %1.</source>
        <translation type="vanished">Cambiado de nuevo después de la coincidencia, así que se deja como está; compruébelo: %1.</translation>
    </message>
    <message>
        <source>Match undone</source>
        <translation>Coincidencia deshecha</translation>
    </message>
    <message>
        <source>%1 — matched by name, not reviewed yet</source>
        <translation>%1 — asociado por nombre, sin revisar aún</translation>
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
    <message>
        <source>Match by name and &amp;birth date</source>
        <translation>Coincidir por nombre y fecha de na&amp;cimiento</translation>
    </message>
    <message>
        <source>When an HL7 registration names none of this practice&apos;s patients by number, the one record with the same name and birth date, and no other number from that system, gets the numbers (a walk-in registered here first). Each such match is flagged in the audit log for review. Off: such a registration always makes a new record.</source>
        <translation>Cuando un registro HL7 no identifica por número a ningún paciente de esta consulta, el único registro con el mismo nombre y fecha de nacimiento, y sin otro número de ese sistema, recibe los números (un paciente sin cita registrado aquí primero). Cada coincidencia se marca en el registro de auditoría para su revisión. Desactivado: ese registro siempre crea un paciente nuevo.</translation>
    </message>
    <message>
        <source>HL7 registrations:</source>
        <translation>Registros HL7:</translation>
    </message>
</context>
<context>
    <name>Ambulo::App::Internal::SyncSettingsWidget</name>
    <message>
        <source>https://ehr.example.org/fhir/R4 (empty: off)</source>
        <translation>https://ehr.example.org/fhir/R4 (vacío: desactivada)</translation>
    </message>
    <message>
        <source>optional, full path</source>
        <translation>opcional, ruta completa</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>FHIR &amp;server:</source>
        <translation>&amp;Servidor FHIR:</translation>
    </message>
    <message>
        <source>&amp;Token file:</source>
        <translation>Archivo de &amp;token:</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>Archivo de &amp;CA:</translation>
    </message>
    <message>
        <source>Sync &amp;every:</source>
        <translation>Sincronizar &amp;cada:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Deshacer cambios</translation>
    </message>
    <message>
        <source>Saved. Sync starts now.</source>
        <translation>Guardado. La sincronización empieza ahora.</translation>
    </message>
    <message>
        <source>Saved. Sync is off.</source>
        <translation>Guardado. La sincronización está desactivada.</translation>
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
    <message>
        <source>&amp;Merge a duplicate into this patient…</source>
        <translation>&amp;Fusionar un duplicado con este paciente…</translation>
    </message>
</context>
<context>
    <name>Ambulo::App::MergePatientDialog</name>
    <message>
        <source>born %1 · %2</source>
        <translation>nacido/a el %1 · %2</translation>
    </message>
    <message>
        <source>Merge a duplicate record</source>
        <translation>Fusionar un registro duplicado</translation>
    </message>
    <message>
        <source>Find the other record of this person. Its visits, appointments, results and numbers move to the record kept, and its MRN leads there from now on. Only merge records you are sure are one person.</source>
        <translation>Busque el otro registro de esta persona. Sus visitas, citas, resultados y números pasan al registro que se conserva, y su n.º de expediente lleva a él a partir de ahora. Fusione solo registros que con seguridad son de una misma persona.</translation>
    </message>
    <message>
        <source>Name, birth date, phone or MRN</source>
        <translation>Nombre, fecha de nacimiento, teléfono o n.º de expediente</translation>
    </message>
    <message>
        <source>Nothing chosen yet.</source>
        <translation>Aún no se ha elegido nada.</translation>
    </message>
    <message>
        <source>e.g. registered twice, same person</source>
        <translation>p. ej., registrado dos veces, misma persona</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Fusionar…</translation>
    </message>
    <message>
        <source>Keep:</source>
        <translation>Conservar:</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Buscar:</translation>
    </message>
    <message>
        <source>Merge into it:</source>
        <translation>Fusionar con él:</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Motivo:</translation>
    </message>
    <message>
        <source>Merge records</source>
        <translation>Fusionar registros</translation>
    </message>
    <message>
        <source>Merge %1 (%2, %3, born %4) into %5 (%6)?

This is recorded in the audit log, sent to the practice&apos;s other systems, and is not undone here.</source>
        <translation>¿Fusionar %1 (%2, %3, nacido/a el %4) con %5 (%6)?

Queda registrado en el registro de auditoría, se envía a los demás sistemas de la consulta y no se puede deshacer aquí.</translation>
    </message>
    <message>
        <source>%1 merged into %2</source>
        <translation>%1 fusionado con %2</translation>
    </message>
</context>
<context>
    <name>Ambulo::App::OutboundBuilders</name>
    <message>
        <source>Waiting for the FHIR server to take patient %1: a first sync can still change a new patient&apos;s MRN, and the receiver knows patients by it. The messages go after the next sync.</source>
        <translation>Esperando a que el servidor FHIR reciba al paciente %1: la primera sincronización aún puede cambiar el n.º de expediente de un paciente nuevo, y el receptor identifica a los pacientes por él. Los mensajes salen tras la próxima sincronización.</translation>
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
    <message>
        <source>Allergies: %1</source>
        <translation>Alergias: %1</translation>
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
    <message>
        <source>SSN</source>
        <translation>n.º de Seguro Social</translation>
    </message>
    <message>
        <source>•••-••-%1</source>
        <translation>•••-••-%1</translation>
    </message>
    <message>
        <source>MRN</source>
        <translation>n.º de expediente</translation>
    </message>
    <message>
        <source>patient id</source>
        <translation>id. de paciente</translation>
    </message>
    <message>
        <source>driver&apos;s license</source>
        <translation>licencia de conducir</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, on %2, was taken to be %3 by name and birth date, and gave the record %4.

Undo that match? Its numbers come off the record, and what it changed in the record is put back unless changed again since. The sender&apos;s messages under these numbers will no longer reach this chart, nor be matched to it by name again. The undo is audited and sent to the FHIR server.</source>
        <translation>%1, el %2, se tomó por %3 por nombre y fecha de nacimiento, y dio al expediente %4.

¿Deshacer esa coincidencia? Sus números se quitan del expediente y lo que cambió en él se restablece, salvo lo que se haya vuelto a cambiar desde entonces. Los mensajes del remitente con estos números ya no llegarán a este expediente ni volverán a asociarse a él por nombre. La acción queda auditada y se envía al servidor FHIR.</translation>
    </message>
    <message>
        <source>Undo the match</source>
        <translation>Deshacer la coincidencia</translation>
    </message>
    <message>
        <source>The match is undone. Nothing it changed needed putting back.</source>
        <translation>La coincidencia se ha deshecho. No había nada que restablecer.</translation>
    </message>
    <message>
        <source>The match is undone. Put back: %1.</source>
        <translation>La coincidencia se ha deshecho. Restablecido: %1.</translation>
    </message>
    <message>
        <source>Changed again since the match, so left as they are; check them: %1.</source>
        <translation>Cambiado de nuevo después de la coincidencia, así que se deja como está; compruébelo: %1.</translation>
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
    <message>
        <source>Interfaces</source>
        <translation>Interfaces</translation>
    </message>
    <message>
        <source>Sync conflicts</source>
        <translation>Conflictos de sincronización</translation>
    </message>
    <message>
        <source>Sync settings</source>
        <translation>Ajustes de sincronización</translation>
    </message>
    <message>
        <source>Name matches</source>
        <translation>Coincidencias por nombre</translation>
    </message>
</context>
<context>
    <name>Ambulo::App::Shell</name>
    <message>
        <source>Sync is not configured.</source>
        <translation>La sincronización no está configurada.</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Sincronizado</translation>
    </message>
    <message>
        <source>The server holds this record as shown.</source>
        <translation>El servidor tiene este registro tal como se muestra.</translation>
    </message>
    <message>
        <source>Sync pending</source>
        <translation>Sincronización pendiente</translation>
    </message>
    <message>
        <source>Changes made here are waiting to reach the server.</source>
        <translation>Los cambios hechos aquí están esperando llegar al servidor.</translation>
    </message>
    <message>
        <source>Sync conflict</source>
        <translation>Conflicto de sincronización</translation>
    </message>
    <message>
        <source>Changed here and on the server: a practice admin settles it.</source>
        <translation>Cambiado aquí y en el servidor: lo resuelve un administrador de la consulta.</translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation>Rechazado por el servidor</translation>
    </message>
    <message>
        <source>A practice admin settles sync conflicts.</source>
        <translation>Un administrador de la consulta resuelve los conflictos de sincronización.</translation>
    </message>
</context>
<context>
    <name>Ambulo::App::SyncReview</name>
    <message>
        <source>MRN</source>
        <translation>N.º de expediente</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Segundo nombre</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Home phone</source>
        <translation>Teléfono de casa</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Teléfono móvil</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Preferred contact</source>
        <translation>Contacto preferido</translation>
    </message>
    <message>
        <source>Restricted record</source>
        <translation>Registro restringido</translation>
    </message>
    <message>
        <source>%1, %2 · MRN %3</source>
        <translation>%1, %2 · n.º de expediente %3</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Whose schedule</source>
        <translation>De quién es la agenda</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Cita</translation>
    </message>
    <message>
        <source>Visit type</source>
        <translation>Tipo de visita</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Clase</translation>
    </message>
    <message>
        <source>Clinical status</source>
        <translation>Estado clínico</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>Readings</source>
        <translation>Lecturas</translation>
    </message>
    <message>
        <source>Criticality</source>
        <translation>Gravedad potencial</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Dosage</source>
        <translation>Posología</translation>
    </message>
    <message>
        <source>Taken at</source>
        <translation>Tomado el</translation>
    </message>
    <message>
        <source>Period taken</source>
        <translation>Periodo de toma</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visita</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Identifiers</source>
        <translation>Identificadores</translation>
    </message>
    <message>
        <source>Abnormal flag</source>
        <translation>Indicador de anormalidad</translation>
    </message>
    <message>
        <source>Reported at</source>
        <translation>Informado el</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Medicamento</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Onset</source>
        <translation>Aparición</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Orden</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>Forma parte de</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Aseguradora</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Kind of place</source>
        <translation>Tipo de lugar</translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation>Reacción</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Reference range</source>
        <translation>Intervalo de referencia</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Parentesco</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Subscriber</source>
        <translation>Titular</translation>
    </message>
    <message>
        <source>Member ID</source>
        <translation>N.º de afiliado</translation>
    </message>
    <message>
        <source>Phone, email</source>
        <translation>Teléfono, correo electrónico</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Verification status</source>
        <translation>Estado de verificación</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Working hours, %1</source>
        <translation>Horario de trabajo, %1</translation>
    </message>
    <message>
        <source>Restricted record · MRN %1</source>
        <translation>Expediente restringido · n.º de expediente %1</translation>
    </message>
    <message>
        <source>This conflict is about a restricted record. Explain in at least 10 characters why you need to see its values.</source>
        <translation type="vanished">Este conflicto trata de un expediente restringido. Explique en al menos 10 caracteres por qué necesita ver sus valores.</translation>
    </message>
    <message>
        <source>The reason is longer than 500 characters.</source>
        <translation type="vanished">El motivo tiene más de 500 caracteres.</translation>
    </message>
    <message>
        <source>Patient · MRN %1</source>
        <translation>Paciente · n.º de expediente %1</translation>
    </message>
    <message>
        <source>%1/%2 is not a record the server refused: there is nothing to send again.</source>
        <translation>%1/%2 no es un registro rechazado por el servidor: no hay nada que enviar de nuevo.</translation>
    </message>
</context>
<context>
    <name>Ambulo::App::SyncSettingsService</name>
    <message>
        <source>The server must be an http(s) URL such as https://ehr.example.org/fhir/R4, not &apos;%1&apos;.</source>
        <translation>El servidor debe ser una URL http(s) como https://ehr.example.org/fhir/R4, no &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Put no user name or password in the server URL; use a token file instead.</source>
        <translation>No ponga usuario ni contraseña en la URL del servidor; use un archivo de token.</translation>
    </message>
    <message>
        <source>The sync interval must be between %1 and %2 seconds.</source>
        <translation>El intervalo de sincronización debe estar entre %1 y %2 segundos.</translation>
    </message>
    <message>
        <source>token file</source>
        <translation>archivo de token</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>archivo de CA</translation>
    </message>
    <message>
        <source>The %1 must be given with its full path.</source>
        <translation>El %1 debe indicarse con su ruta completa.</translation>
    </message>
    <message>
        <source>The %1 &apos;%2&apos; does not exist or cannot be read.</source>
        <translation>El %1 &apos;%2&apos; no existe o no se puede leer.</translation>
    </message>
</context>
<context>
    <name>Ambulo::App::SyncStatusWidget</name>
    <message>
        <source>Show the sync conflicts</source>
        <translation>Mostrar los conflictos de sincronización</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <source>Sync starting…</source>
        <translation>Iniciando la sincronización…</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Sync error</source>
        <translation>Error de sincronización</translation>
    </message>
    <message>
        <source>%1
Next try at %2; nothing is lost meanwhile.</source>
        <translation>%1
Próximo intento a las %2; mientras tanto no se pierde nada.</translation>
    </message>
    <message>
        <source>Last sync: never</source>
        <translation>Última sincronización: nunca</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Última sincronización: %1</translation>
    </message>
    <message>
        <source>Pending: %1</source>
        <translation>Pendientes: %1</translation>
    </message>
    <message>
        <source>Conflicts: %1</source>
        <translation>Conflictos: %1</translation>
    </message>
    <message>
        <source>Patients merged on the server whose surviving record cannot be taken here yet. Sync tries again on its own; &apos;ambulo sync status&apos; lists them.</source>
        <translation>Pacientes fusionados en el servidor cuyo registro superviviente aún no se puede incorporar aquí. La sincronización lo vuelve a intentar por sí sola; &apos;ambulo sync status&apos; los enumera.</translation>
    </message>
    <message>
        <source>Merges waiting: %1</source>
        <translation>Fusiones en espera: %1</translation>
    </message>
</context>
<context>
    <name>Ambulo::Charting</name>
    <message>
        <source>There is no such entry %1 for this patient.</source>
        <translation>No existe la entrada %1 para este paciente.</translation>
    </message>
    <message>
        <source>There is no entry %1.</source>
        <translation>No existe la entrada %1.</translation>
    </message>
    <message>
        <source>Status &apos;%1&apos; is not one of: %2.</source>
        <translation>El estado “%1” no es uno de los siguientes: %2.</translation>
    </message>
    <message>
        <source>A note section is longer than 100,000 characters.</source>
        <translation>Una sección de la nota tiene más de 100 000 caracteres.</translation>
    </message>
    <message>
        <source>%1 %2 %3 is not a possible reading (%4–%5 %3).</source>
        <translation>%1 %2 %3 no es una lectura posible (%4–%5 %3).</translation>
    </message>
    <message>
        <source>%1 %2 %3 is outside the plausible range %4–%5 %3</source>
        <translation>%1 %2 %3 está fuera del rango plausible %4–%5 %3</translation>
    </message>
    <message>
        <source>Systolic pressure</source>
        <translation>Presión sistólica</translation>
    </message>
    <message>
        <source>Diastolic pressure</source>
        <translation>Presión diastólica</translation>
    </message>
    <message>
        <source>Pulse</source>
        <translation>Pulso</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatura</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Estatura</translation>
    </message>
    <message>
        <source>SpO2</source>
        <translation>SpO2</translation>
    </message>
    <message>
        <source>Respiratory rate</source>
        <translation>Frecuencia respiratoria</translation>
    </message>
    <message>
        <source>PID-3 holds no patient identifier.</source>
        <translation>PID-3 no contiene ningún identificador de paciente.</translation>
    </message>
    <message>
        <source>No patient is known here by %1, nor has that MRN; results are filed only for registered patients.</source>
        <translation>Aquí no se conoce a ningún paciente por %1 ni con ese n.º de expediente; los resultados solo se archivan para pacientes registrados.</translation>
    </message>
    <message>
        <source>The order has no filler order number.</source>
        <translation>La orden no tiene número de orden del ejecutor.</translation>
    </message>
    <message>
        <source>An OBX segment comes before any OBR.</source>
        <translation>Un segmento OBX aparece antes de cualquier OBR.</translation>
    </message>
    <message>
        <source>The observation has no code.</source>
        <translation>La observación no tiene código.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number (OBX-2 is NM).</source>
        <translation>“%1” no es un número (OBX-2 es NM).</translation>
    </message>
    <message>
        <source>The message holds no OBR segment.</source>
        <translation>El mensaje no contiene ningún segmento OBR.</translation>
    </message>
    <message>
        <source>There is no patient %1.</source>
        <translation>No existe el paciente %1.</translation>
    </message>
    <message>
        <source>There is no encounter %1.</source>
        <translation>No existe la visita %1.</translation>
    </message>
    <message>
        <source>Encounter %1 is signed; add an addendum instead.</source>
        <translation>La consulta %1 está firmada; agregue una adenda en su lugar.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
</context>
<context>
    <name>Ambulo::Charting::AllergyService</name>
    <message>
        <source>Name the allergy to change.</source>
        <translation>Indique la alergia que desea modificar.</translation>
    </message>
    <message>
        <source>An allergy needs a substance.</source>
        <translation>Una alergia necesita una sustancia.</translation>
    </message>
    <message>
        <source>An allergy field is too long.</source>
        <translation>Un campo de la alergia es demasiado largo.</translation>
    </message>
</context>
<context>
    <name>Ambulo::Charting::ChartingModule</name>
    <message>
        <source>Chart</source>
        <translation>Historia clínica</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visita</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>mild</source>
        <translation>leve</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>moderada</translation>
    </message>
    <message>
        <source>severe</source>
        <translation>grave</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>allergy (severity)</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Ambulo::Charting::CodeService</name>
    <message>
        <source>too short for the ICD-10-CM order format (%1 characters; the long description starts at column 78)</source>
        <translation>demasiado corto para el formato de orden de ICD-10-CM (%1 caracteres; la descripción larga empieza en la columna 78)</translation>
    </message>
    <message>
        <source>the order number (columns 1–5) is not a number</source>
        <translation>el número de orden (columnas 1–5) no es un número</translation>
    </message>
    <message>
        <source>fields are not separated by spaces at columns 6, 14, 16 and 77</source>
        <translation>los campos no están separados por espacios en las columnas 6, 14, 16 y 77</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ICD-10-CM code</source>
        <translation>“%1” no es un código ICD-10-CM</translation>
    </message>
    <message>
        <source>the header flag (column 15) must be 0 or 1</source>
        <translation>el indicador de encabezado (columna 15) debe ser 0 o 1</translation>
    </message>
    <message>
        <source>a description is empty</source>
        <translation>una descripción está vacía</translation>
    </message>
    <message>
        <source>The file holds no codes.</source>
        <translation>El archivo no contiene códigos.</translation>
    </message>
    <message>
        <source>Code %1 appears twice in the file.</source>
        <translation>El código %1 aparece dos veces en el archivo.</translation>
    </message>
    <message>
        <source>a quoted field is not closed</source>
        <translation>un campo entre comillas no está cerrado</translation>
    </message>
    <message>
        <source>expected 3 fields (code,description,fee), found %1</source>
        <translation>se esperaban 3 campos (código,descripción,tarifa); se encontraron %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a CPT or HCPCS code</source>
        <translation>“%1” no es un código CPT ni HCPCS</translation>
    </message>
    <message>
        <source>the description is empty</source>
        <translation>la descripción está vacía</translation>
    </message>
    <message>
        <source>fee &apos;%1&apos; is not an amount like 125.00</source>
        <translation>la tarifa “%1” no es un importe como 125.00</translation>
    </message>
    <message>
        <source>code %1 appears twice</source>
        <translation>el código %1 aparece dos veces</translation>
    </message>
    <message>
        <source>The file holds no procedure codes.</source>
        <translation>El archivo no contiene códigos de procedimiento.</translation>
    </message>
    <message>
        <source>Unknown ICD-10-CM code %1.</source>
        <translation>Código ICD-10-CM desconocido: %1.</translation>
    </message>
    <message>
        <source>Unknown procedure code %1; it is not in the practice&apos;s code list.</source>
        <translation>Código de procedimiento desconocido: %1; no está en la lista de códigos de la visita.</translation>
    </message>
</context>
<context>
    <name>Ambulo::Charting::EncounterService</name>
    <message>
        <source>Name the appointment the encounter is opened from.</source>
        <translation>Indique la cita desde la que se abre la visita.</translation>
    </message>
    <message>
        <source>Appointment %1 is %2; open the encounter once the patient has arrived.</source>
        <translation>La cita %1 está en estado %2; abra la visita cuando el paciente haya llegado.</translation>
    </message>
    <message>
        <source>An ad hoc encounter is a walk-in, phone or office visit.</source>
        <translation>Una visita no programada es una visita sin cita, telefónica o en el consultorio.</translation>
    </message>
    <message>
        <source>An encounter cannot start in the future.</source>
        <translation>Una visita no puede empezar en el futuro.</translation>
    </message>
    <message>
        <source>There is no provider %1.</source>
        <translation>No existe el profesional clínico %1.</translation>
    </message>
    <message>
        <source>The reason is longer than 500 characters.</source>
        <translation>El motivo tiene más de 500 caracteres.</translation>
    </message>
    <message>
        <source>There is no location %1.</source>
        <translation>No existe la sede %1.</translation>
    </message>
    <message>
        <source>A place of service is a two-digit CMS code, e.g. 11 (office).</source>
        <translation>El lugar de servicio es un código de CMS de dos dígitos, p. ej., 11 (consultorio).</translation>
    </message>
    <message>
        <source>The encounter lacks a start, a kind or a provider.</source>
        <translation>A la visita le falta el inicio, el tipo o el profesional clínico.</translation>
    </message>
    <message>
        <source>Encounter %1 belongs to another patient.</source>
        <translation>La visita %1 pertenece a otro paciente.</translation>
    </message>
    <message>
        <source>Encounter %1 was signed meanwhile.</source>
        <translation>La visita %1 se firmó entretanto.</translation>
    </message>
</context>
<context>
    <name>Ambulo::Charting::Internal</name>
    <message>
        <source>There is no patient %1.</source>
        <translation type="vanished">No existe el paciente %1.</translation>
    </message>
    <message>
        <source>There is no encounter %1.</source>
        <translation type="vanished">No existe la visita %1.</translation>
    </message>
</context>
<context>
    <name>Ambulo::Charting::Internal::AddendaPanel</name>
    <message>
        <source>Addendum to the signed note</source>
        <translation>Adenda a la nota firmada</translation>
    </message>
    <message>
        <source>Sign and add addendum</source>
        <translation>Firmar y agregar adenda</translation>
    </message>
    <message>
        <source>Reason for the decision</source>
        <translation>Motivo de la decisión</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Denegar</translation>
    </message>
    <message>
        <source>Addenda</source>
        <translation>Adendas</translation>
    </message>
    <message>
        <source>Amendment requests from the patient</source>
        <translation>Solicitudes de enmienda del paciente</translation>
    </message>
    <message>
        <source>%1 — %2
%3
%4</source>
        <translation>%1 — %2
%3
%4</translation>
    </message>
    <message>
        <source>%1 — pending: %2</source>
        <translation>%1 — pendiente: %2</translation>
    </message>
    <message>
        <source>%1 — %2 by %3: %4
Reason: %5</source>
        <translation>%1 — %2 por %3: %4
Motivo: %5</translation>
    </message>
    <message>
        <source>Amendment accepted and appended to the note.</source>
        <translation>Enmienda aceptada y anexada a la nota.</translation>
    </message>
    <message>
        <source>Amendment denied; the request and the reason are appended.</source>
        <translation>Enmienda denegada; se anexan la solicitud y el motivo.</translation>
    </message>
    <message>
        <source>Addendum signed and added.</source>
        <translation>Adenda firmada y agregada.</translation>
    </message>
</context>
<context>
    <name>Ambulo::Charting::Internal::ChartWidget</name>
    <message>
        <source>New visit…</source>
        <translation>Nueva visita…</translation>
    </message>
    <message>
        <source>Open an encounter for a walk-in, a phone call or an office visit</source>
        <translation>Abra una visita para un paciente sin cita, una llamada telefónica o una visita en consultorio</translation>
    </message>
    <message>
        <source>Allergies (%1)</source>
        <translation>Alergias (%1)</translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation>Reacción</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Problemas (%1)</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Onset</source>
        <translation>Aparición</translation>
    </message>
    <message>
        <source>Medications (%1)</source>
        <translation>Medicamentos (%1)</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Vía</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Frecuencia</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Vitals (%1)</source>
        <translation>Signos vitales (%1)</translation>
    </message>
    <message>
        <source>BP</source>
        <translation>PA</translation>
    </message>
    <message>
        <source>Pulse</source>
        <translation>Pulso</translation>
    </message>
    <message>
        <source>Temp</source>
        <translation>Temp.</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <source>BMI</source>
        <translation>BMI</translation>
    </message>
    <message>
        <source>SpO2</source>
        <translation>SpO2</translation>
    </message>
    <message>
        <source>RR</source>
        <translation>FR</translation>
    </message>
    <message>
        <source>Results (%1)</source>
        <translation>Resultados (%1)</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Prueba</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Intervalo</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Encounters (%1)</source>
        <translation>Visitas (%1)</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Profesional clínico</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visita</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Double-click an encounter to open it</source>
        <translation>Haga doble clic en una visita para abrirla</translation>
    </message>
    <message>
        <source>Mild</source>
        <translation>Leve</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Moderada</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>Grave</translation>
    </message>
    <message>
        <source>No patient open. Find one with Ctrl+K to see the chart.</source>
        <translation>No hay ningún paciente abierto. Busque uno con Ctrl+K para ver la historia clínica.</translation>
    </message>
    <message>
        <source>No active allergies recorded</source>
        <translation>No hay alergias activas registradas</translation>
    </message>
    <message>
        <source>No active problems</source>
        <translation>No hay problemas activos</translation>
    </message>
    <message>
        <source>No active medications</source>
        <translation>No hay medicamentos activos</translation>
    </message>
    <message>
        <source>%1/%2 mmHg</source>
        <translation>%1/%2 mmHg</translation>
    </message>
    <message>
        <source>%1 /min</source>
        <translation>%1 /min</translation>
    </message>
    <message>
        <source>%1 °F</source>
        <translation>%1 °F</translation>
    </message>
    <message>
        <source>%1 lb</source>
        <translation>%1 lb</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 °C</source>
        <translation>%1 °C</translation>
    </message>
    <message>
        <source>%1 kg</source>
        <translation>%1 kg</translation>
    </message>
    <message>
        <source>No vitals recorded</source>
        <translation>No hay signos vitales registrados</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>value units</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>No results</source>
        <translation>No hay resultados</translation>
    </message>
    <message>
        <source>Office visit</source>
        <translation>Visita en consultorio</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Sin cita</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Llamada telefónica</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Firmada</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>encounter status</comment>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>No encounters yet</source>
        <translation>Aún no hay visitas</translation>
    </message>
    <message>
        <source>Open the patient first (Find patient), then start the visit.</source>
        <translation>Abra primero el paciente (Buscar paciente) y luego inicie la visita.</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Agregar…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Historial…</translation>
    </message>
    <message>
        <source>Double-click an entry to edit it</source>
        <translation>Haga doble clic en una entrada para editarla</translation>
    </message>
    <message>
        <source>Open the patient first (Find patient).</source>
        <translation>Abra primero el paciente (Buscar paciente).</translation>
    </message>
    <message>
        <source>Select an entry in the list first.</source>
        <translation>Seleccione primero una entrada de la lista.</translation>
    </message>
</context>
<context>
    <name>Ambulo::Charting::Internal::EncounterWidget</name>
    <message>
        <source>The chart did not open</source>
        <translation>No se abrió la historia clínica</translation>
    </message>
    <message>
        <source>Sign visit…</source>
        <translation>Firmar visita…</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Nota</translation>
    </message>
    <message>
        <source>&amp;Vitals</source>
        <translation>&amp;Signos vitales</translation>
    </message>
    <message>
        <source>Superbi&amp;ll</source>
        <translation>&amp;Hoja de cargos</translation>
    </message>
    <message>
        <source>A&amp;ddenda</source>
        <translation>A&amp;dendas</translation>
    </message>
    <message>
        <source>No visit open. Open a chart from the flow board or the chart.</source>
        <translation>No hay ninguna visita abierta. Abra una historia clínica desde el tablero de flujo o desde la historia clínica.</translation>
    </message>
    <message>
        <source>Office visit</source>
        <translation>Visita en consultorio</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Sin cita</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Llamada telefónica</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Signed by %1 at %2</source>
        <translation>Firmada por %1 el %2</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>%1 (MRN %2)
%3 · %4 · %5
%6</source>
        <translation>%1 (expediente %2)
%3 · %4 · %5
%6</translation>
    </message>
    <message>
        <source>Open the visit of %1</source>
        <translation>Abrir la visita de %1</translation>
    </message>
    <message>
        <source>Only a provider can sign a visit.</source>
        <translation>Solo un profesional clínico puede firmar una visita.</translation>
    </message>
    <message>
        <source>Sign visit</source>
        <translation>Firmar visita</translation>
    </message>
    <message>
        <source>Sign the visit of %1 as shown?</source>
        <translation>¿Desea firmar la visita de %1 tal como se muestra?</translation>
    </message>
    <message>
        <source>The note, diagnoses and procedures lock; later changes are addenda.</source>
        <translation>La nota, los diagnósticos y los procedimientos quedan bloqueados; los cambios posteriores serán adendas.</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Firmar</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Todavía no</translation>
    </message>
    <message>
        <source>Not signed.</source>
        <translation>No firmada.</translation>
    </message>
    <message>
        <source>Visit signed. Later changes go in addenda.</source>
        <translation>Visita firmada. Los cambios posteriores se registran en adendas.</translation>
    </message>
    <message>
        <source>Visit summary PDF…</source>
        <translation>PDF de resumen de la visita…</translation>
    </message>
    <message>
        <source>Save the visit summary to hand to the patient</source>
        <translation>Guarde el resumen de la visita para entregarlo al paciente</translation>
    </message>
    <message>
        <source>Save visit summary</source>
        <translation>Guardar resumen de la visita</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Open a visit first.</source>
        <translation>Abra primero una visita.</translation>
    </message>
    <message>
        <source>The visit summary was not saved: %1</source>
        <translation>El resumen de la visita no se guardó: %1</translation>
    </message>
    <message numerus="yes">
        <source>Visit summary saved to %1 (%n page(s)).</source>
        <translation>
            <numerusform>Resumen de la visita guardado en %1 (%n página).</numerusform>
            <numerusform>Resumen de la visita guardado en %1 (%n páginas).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ambulo::Charting::Internal::ListHistoryDialog</name>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Became</source>
        <translation>Quedó así</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Agregado</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modificado</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Substance</source>
        <translation>Sustancia</translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation>Reacción</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Vía</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Frecuencia</translation>
    </message>
    <message>
        <source>Onset</source>
        <translation>Inicio de los síntomas</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>field: value</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Ambulo::Charting::Internal::ListItemDialog</name>
    <message>
        <source>Add problem</source>
        <translation>Agregar problema</translation>
    </message>
    <message>
        <source>Edit problem</source>
        <translation>Editar problema</translation>
    </message>
    <message>
        <source>Add medication</source>
        <translation>Agregar medicamento</translation>
    </message>
    <message>
        <source>Edit medication</source>
        <translation>Editar medicamento</translation>
    </message>
    <message>
        <source>Add allergy</source>
        <translation>Agregar alergia</translation>
    </message>
    <message>
        <source>Edit allergy</source>
        <translation>Editar alergia</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Dose:</source>
        <translation>&amp;Dosis:</translation>
    </message>
    <message>
        <source>&amp;Route:</source>
        <translation>&amp;Vía:</translation>
    </message>
    <message>
        <source>&amp;Frequency:</source>
        <translation>&amp;Frecuencia:</translation>
    </message>
    <message>
        <source>S&amp;tart:</source>
        <translation>&amp;Inicio:</translation>
    </message>
    <message>
        <source>St&amp;op:</source>
        <translation>Fi&amp;n:</translation>
    </message>
    <message>
        <source>&amp;Substance:</source>
        <translation>&amp;Sustancia:</translation>
    </message>
    <message>
        <source>&amp;Reaction:</source>
        <translation>&amp;Reacción:</translation>
    </message>
    <message>
        <source>S&amp;everity:</source>
        <translation>&amp;Gravedad:</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>Es&amp;tado:</translation>
    </message>
    <message>
        <source>There is no such entry %1 for this patient.</source>
        <translation>No existe la entrada %1 para este paciente.</translation>
    </message>
    <message>
        <source>ICD-10-CM code or words, e.g. E11.9 or diab mell</source>
        <translation>Código ICD-10-CM o palabras, p. ej., E11.9 o diab mell</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactivo</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resuelto</translation>
    </message>
    <message>
        <source>Entered in error</source>
        <translation>Registrado por error</translation>
    </message>
    <message>
        <source>e.g. 500 mg</source>
        <translation>p. ej., 500 mg</translation>
    </message>
    <message>
        <source>e.g. oral</source>
        <translation>p. ej., oral</translation>
    </message>
    <message>
        <source>e.g. twice daily</source>
        <translation>p. ej., dos veces al día</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Suspendido</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Desconocida</translation>
    </message>
    <message>
        <source>Mild</source>
        <translation>Leve</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Moderada</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>Grave</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Código:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>&amp;Onset:</source>
        <translation>Inicio de los &amp;síntomas:</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>code — description</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No ICD-10-CM code matches &quot;%1&quot;.</source>
        <translation>Ningún código ICD-10-CM coincide con “%1”.</translation>
    </message>
    <message>
        <source>%1 is a category, not a billable code; pick a more specific one if you can.</source>
        <translation>%1 es una categoría, no un código facturable; elija uno más específico si puede.</translation>
    </message>
    <message>
        <source>Pick an ICD-10-CM code for the problem.</source>
        <translation>Elija un código ICD-10-CM para el problema.</translation>
    </message>
    <message>
        <source>Unknown list.</source>
        <translation>Lista desconocida.</translation>
    </message>
</context>
<context>
    <name>Ambulo::Charting::Internal::NewVisitDialog</name>
    <message>
        <source>New visit for %1</source>
        <translation>Nueva visita para %1</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Sin cita</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Llamada telefónica</translation>
    </message>
    <message>
        <source>Office visit</source>
        <translation>Visita en consultorio</translation>
    </message>
    <message>
        <source>(no location)</source>
        <translation>(sin ubicación)</translation>
    </message>
    <message>
        <source>Why the patient is seen</source>
        <translation>Motivo de la visita del paciente</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Choose the provider</source>
        <translation>Elija el profesional clínico</translation>
    </message>
    <message>
        <source>&amp;Visit</source>
        <translation>&amp;Visita</translation>
    </message>
    <message>
        <source>&amp;Provider</source>
        <translation>&amp;Profesional clínico</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>&amp;Ubicación</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motivo</translation>
    </message>
    <message>
        <source>Open visit</source>
        <translation>Abrir visita</translation>
    </message>
    <message>
        <source>Choose the provider the visit is with.</source>
        <translation>Elija el profesional clínico con quien es la visita.</translation>
    </message>
</context>
<context>
    <name>Ambulo::Charting::Internal::NoteEditor</name>
    <message>
        <source>Insert template</source>
        <translation>Insertar plantilla</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>Guardar nota</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Plantilla:</translation>
    </message>
    <message>
        <source>&amp;Subjective</source>
        <translation>&amp;Subjetivo</translation>
    </message>
    <message>
        <source>&amp;Objective</source>
        <translation>&amp;Objetivo</translation>
    </message>
    <message>
        <source>&amp;Assessment</source>
        <translation>&amp;Evaluación</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <source>Restored the unsaved draft from %1. Save the note to keep it.</source>
        <translation>Se restauró el borrador no guardado de %1. Guarde la nota para conservarlo.</translation>
    </message>
    <message>
        <source>Saved by %1 at %2.</source>
        <translation>Guardada por %1 a las %2.</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation>No se pudo guardar el borrador: %1</translation>
    </message>
    <message>
        <source>Draft saved at %1.</source>
        <translation>Borrador guardado a las %1.</translation>
    </message>
    <message>
        <source>This note is not open for editing.</source>
        <translation>Esta nota no está abierta para edición.</translation>
    </message>
    <message>
        <source>Note saved at %1.</source>
        <translation>Nota guardada a las %1.</translation>
    </message>
    <message>
        <source>Note saved.</source>
        <translation>Nota guardada.</translation>
    </message>
    <message>
        <source>Template %1 inserted.</source>
        <translation>Plantilla %1 insertada.</translation>
    </message>
</context>
<context>
    <name>Ambulo::Charting::Internal::ResultsWidget</name>
    <message>
        <source>H (high)</source>
        <translation>H (alto)</translation>
    </message>
    <message>
        <source>L (low)</source>
        <translation>L (bajo)</translation>
    </message>
    <message>
        <source>HH (critical high)</source>
        <translation>HH (alto crítico)</translation>
    </message>
    <message>
        <source>LL (critical low)</source>
        <translation>LL (bajo crítico)</translation>
    </message>
    <message>
        <source>A (abnormal)</source>
        <translation>A (anormal)</translation>
    </message>
    <message>
        <source>AA (critical abnormal)</source>
        <translation>AA (anormal crítico)</translation>
    </message>
    <message>
        <source>Unreviewed only</source>
        <translation>Solo no revisados</translation>
    </message>
    <message>
        <source>Mark reviewed</source>
        <translation>Marcar como revisado</translation>
    </message>
    <message>
        <source>Marks every observation of the selected order reviewed</source>
        <translation>Marca como revisadas todas las observaciones de la orden seleccionada</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Prueba</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unidades</translation>
    </message>
    <message>
        <source>Reference range</source>
        <translation>Intervalo de referencia</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Performed</source>
        <translation>Realizado</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Revisado</translation>
    </message>
    <message>
        <source>Results by order</source>
        <translation>Resultados por orden</translation>
    </message>
    <message>
        <source>Results — %1</source>
        <translation>Resultados — %1</translation>
    </message>
    <message>
        <source>No patient open</source>
        <translation>No hay ningún paciente abierto</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Not reviewed</source>
        <translation>No revisado</translation>
    </message>
    <message numerus="yes">
        <source>%n abnormal, critical</source>
        <translation>
            <numerusform>%n anormal, crítico</numerusform>
            <numerusform>%n anormales, críticos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n abnormal</source>
        <translation>
            <numerusform>%n anormal</numerusform>
            <numerusform>%n anormales</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an order to mark it reviewed.</source>
        <translation>Seleccione una orden para marcarla como revisada.</translation>
    </message>
    <message>
        <source>Marked reviewed.</source>
        <translation>Marcado como revisado.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>Ambulo::Charting::Internal::SuperbillPanel</name>
    <message>
        <source>ICD-10 code or words, e.g. &quot;diab mell&quot;</source>
        <translation>Código ICD-10 o palabras, p. ej., “diab mell”</translation>
    </message>
    <message>
        <source>Add diagnosis</source>
        <translation>Agregar diagnóstico</translation>
    </message>
    <message>
        <source>Remove diagnosis</source>
        <translation>Quitar diagnóstico</translation>
    </message>
    <message>
        <source>Procedure code or words</source>
        <translation>Código o palabras del procedimiento</translation>
    </message>
    <message>
        <source>e.g. 25 59 (up to 4)</source>
        <translation>p. ej., 25 59 (hasta 4)</translation>
    </message>
    <message>
        <source>diagnosis numbers, e.g. 1,2</source>
        <translation>números de diagnóstico, p. ej., 1,2</translation>
    </message>
    <message>
        <source>Add procedure</source>
        <translation>Agregar procedimiento</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Modifiers</source>
        <translation>Modificadores</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unidades</translation>
    </message>
    <message>
        <source>Pointers</source>
        <translation>Punteros</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Tarifa</translation>
    </message>
    <message>
        <source>Remove procedure</source>
        <translation>Quitar procedimiento</translation>
    </message>
    <message>
        <source>11 Office</source>
        <translation>11 Consultorio</translation>
    </message>
    <message>
        <source>02 Telehealth, not in the patient&apos;s home</source>
        <translation>02 Telesalud, fuera del domicilio del paciente</translation>
    </message>
    <message>
        <source>10 Telehealth in the patient&apos;s home</source>
        <translation>10 Telesalud en el domicilio del paciente</translation>
    </message>
    <message>
        <source>12 Home</source>
        <translation>12 Domicilio</translation>
    </message>
    <message>
        <source>20 Urgent care facility</source>
        <translation>20 Centro de atención de urgencias</translation>
    </message>
    <message>
        <source>22 On-campus outpatient hospital</source>
        <translation>22 Hospital ambulatorio en el campus</translation>
    </message>
    <message>
        <source>31 Skilled nursing facility</source>
        <translation>31 Centro de enfermería especializada</translation>
    </message>
    <message>
        <source>32 Nursing facility</source>
        <translation>32 Centro de enfermería</translation>
    </message>
    <message>
        <source>Diagnoses (pointer order)</source>
        <translation>Diagnósticos (orden de punteros)</translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation>Procedimientos</translation>
    </message>
    <message>
        <source>Diagnosis pointers</source>
        <translation>Punteros de diagnóstico</translation>
    </message>
    <message>
        <source>Place of service</source>
        <translation>Lugar de servicio</translation>
    </message>
    <message>
        <source>%1. %2 — %3</source>
        <translation>%1. %2 — %3</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Total %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>A category, not a billable code: pick a more specific one.</source>
        <translation>Es una categoría, no un código facturable: elija uno más específico.</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>Search for a diagnosis and pick one from the list first.</source>
        <translation>Primero busque un diagnóstico y elija uno de la lista.</translation>
    </message>
    <message>
        <source>Diagnosis %1 added as pointer %2.</source>
        <translation>Diagnóstico %1 agregado como puntero %2.</translation>
    </message>
    <message>
        <source>Pick the diagnosis to remove.</source>
        <translation>Elija el diagnóstico que desea quitar.</translation>
    </message>
    <message>
        <source>Diagnosis removed; the later ones moved up.</source>
        <translation>Diagnóstico quitado; los siguientes subieron de posición.</translation>
    </message>
    <message>
        <source>Give at least one diagnosis pointer (the diagnosis numbers, e.g. 1,2).</source>
        <translation>Indique al menos un puntero de diagnóstico (los números de diagnóstico, p. ej., 1,2).</translation>
    </message>
    <message>
        <source>Pointer &quot;%1&quot; is not a diagnosis number from 1 to 12.</source>
        <translation>El puntero “%1” no es un número de diagnóstico del 1 al 12.</translation>
    </message>
    <message>
        <source>Pointer %1 names no diagnosis: add the diagnoses first.</source>
        <translation>El puntero %1 no hace referencia a ningún diagnóstico: agregue primero los diagnósticos.</translation>
    </message>
    <message>
        <source>Pointer %1 names no diagnosis: this visit has %2.</source>
        <translation>El puntero %1 no hace referencia a ningún diagnóstico: esta visita tiene %2.</translation>
    </message>
    <message>
        <source>Pointer %1 is given twice.</source>
        <translation>El puntero %1 está indicado dos veces.</translation>
    </message>
    <message>
        <source>A procedure points at most at 12 diagnoses.</source>
        <translation>Un procedimiento puede apuntar a 12 diagnósticos como máximo.</translation>
    </message>
    <message>
        <source>Search for a procedure and pick one from the list first.</source>
        <translation>Primero busque un procedimiento y selecciónelo en la lista.</translation>
    </message>
    <message>
        <source>A procedure carries at most 4 modifiers.</source>
        <translation>Un procedimiento admite 4 modificadores como máximo.</translation>
    </message>
    <message>
        <source>Procedure %1 added.</source>
        <translation>Procedimiento %1 agregado.</translation>
    </message>
    <message>
        <source>Pick the procedure to remove.</source>
        <translation>Seleccione el procedimiento que desea quitar.</translation>
    </message>
    <message>
        <source>Procedure removed.</source>
        <translation>Procedimiento quitado.</translation>
    </message>
    <message>
        <source>Place of service set to %1.</source>
        <translation>Lugar de servicio establecido en %1.</translation>
    </message>
</context>
<context>
    <name>Ambulo::Charting::Internal::TrendChart</name>
    <message>
        <source>Select a result to see its trend.</source>
        <translation>Seleccione un resultado para ver su tendencia.</translation>
    </message>
    <message>
        <source>%1 is not numeric, so there is no trend to chart.</source>
        <translation>%1 no es numérico, por lo que no hay tendencia que graficar.</translation>
    </message>
    <message>
        <source>%1 has no numeric results to chart.</source>
        <translation>%1 no tiene resultados numéricos que graficar.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Abnormal</source>
        <translation>Anormal</translation>
    </message>
    <message>
        <source>Reference range %1</source>
        <translation>Intervalo de referencia %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n result(s), %2 abnormal</source>
        <translation>
            <numerusform>%1: %n resultado, anormales: %2</numerusform>
            <numerusform>%1: %n resultados, anormales: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ambulo::Charting::Internal::VitalsPanel</name>
    <message>
        <source>°F</source>
        <translation>°F</translation>
    </message>
    <message>
        <source>°C</source>
        <translation>°C</translation>
    </message>
    <message>
        <source>lb</source>
        <translation>lb</translation>
    </message>
    <message>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <source>in</source>
        <translation>in</translation>
    </message>
    <message>
        <source>cm</source>
        <translation>cm</translation>
    </message>
    <message>
        <source>Record vitals</source>
        <translation>Registrar signos vitales</translation>
    </message>
    <message>
        <source>mmHg</source>
        <translation>mmHg</translation>
    </message>
    <message>
        <source>Blood pressure</source>
        <translation>Presión arterial</translation>
    </message>
    <message>
        <source>Pulse</source>
        <translation>Pulso</translation>
    </message>
    <message>
        <source>/min</source>
        <translation>/min</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatura</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Estatura</translation>
    </message>
    <message>
        <source>BMI</source>
        <translation>BMI</translation>
    </message>
    <message>
        <source>SpO2</source>
        <translation>SpO2</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Respiratory rate</source>
        <translation>Frecuencia respiratoria</translation>
    </message>
    <message>
        <source>Recorded this visit</source>
        <translation>Registrados en esta visita</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>[confirmed as measured]</source>
        <translation>[confirmado tal como se midió]</translation>
    </message>
    <message>
        <source>%1 is not a whole number.</source>
        <translation>%1 no es un número entero.</translation>
    </message>
    <message>
        <source>%1 is not a number.</source>
        <translation>%1 no es un número.</translation>
    </message>
    <message>
        <source>Systolic pressure</source>
        <translation>Presión sistólica</translation>
    </message>
    <message>
        <source>Diastolic pressure</source>
        <translation>Presión diastólica</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Nothing recorded: %1</source>
        <translation>No se registró nada: %1</translation>
    </message>
    <message>
        <source>Implausible vitals</source>
        <translation>Signos vitales inverosímiles</translation>
    </message>
    <message>
        <source>Record these values as measured?</source>
        <translation>¿Desea registrar estos valores tal como se midieron?</translation>
    </message>
    <message>
        <source>Record as measured</source>
        <translation>Registrar tal como se midieron</translation>
    </message>
    <message>
        <source>Correct them</source>
        <translation>Corregirlos</translation>
    </message>
    <message>
        <source>Nothing recorded: check the implausible values and record again.</source>
        <translation>No se registró nada: revise los valores inverosímiles y vuelva a registrarlos.</translation>
    </message>
    <message>
        <source>Vitals recorded.</source>
        <translation>Signos vitales registrados.</translation>
    </message>
</context>
<context>
    <name>Ambulo::Charting::MedicationService</name>
    <message>
        <source>Name the medication to change.</source>
        <translation>Indique el medicamento que desea modificar.</translation>
    </message>
    <message>
        <source>A medication needs a name.</source>
        <translation>Un medicamento necesita un nombre.</translation>
    </message>
    <message>
        <source>A medication field is too long.</source>
        <translation>Un campo del medicamento es demasiado largo.</translation>
    </message>
    <message>
        <source>The stop date is before the start date.</source>
        <translation>La fecha de suspensión es anterior a la fecha de inicio.</translation>
    </message>
</context>
<context>
    <name>Ambulo::Charting::NoteService</name>
    <message>
        <source>Sign in first.</source>
        <translation>Inicie sesión primero.</translation>
    </message>
    <message>
        <source>Explain in at least 10 characters why you need this note.</source>
        <translation type="vanished">Explique en al menos 10 caracteres por qué necesita esta nota.</translation>
    </message>
    <message>
        <source>This note is marked sensitive. Give a reason to open it (break-glass).</source>
        <translation>Esta nota está marcada como confidencial. Indique un motivo para abrirla (acceso de emergencia).</translation>
    </message>
    <message>
        <source>A template needs a name.</source>
        <translation>Una plantilla necesita un nombre.</translation>
    </message>
    <message>
        <source>There is already a template named %1.</source>
        <translation>Ya existe una plantilla llamada %1.</translation>
    </message>
    <message>
        <source>There is no note template %1.</source>
        <translation>No existe la plantilla de nota %1.</translation>
    </message>
    <message>
        <source>A quick text abbreviation is one word of letters and digits.</source>
        <translation>Una abreviatura de texto rápido es una sola palabra de letras y dígitos.</translation>
    </message>
    <message>
        <source>Encounter %1 is not signed yet; edit the note instead.</source>
        <translation>La visita %1 aún no está firmada; edite la nota en su lugar.</translation>
    </message>
    <message>
        <source>An addendum needs text.</source>
        <translation>Una adenda necesita texto.</translation>
    </message>
    <message>
        <source>The addendum is longer than 100,000 characters.</source>
        <translation>La adenda tiene más de 100 000 caracteres.</translation>
    </message>
    <message>
        <source>Write down what the patient asks to change.</source>
        <translation>Anote lo que el paciente solicita cambiar.</translation>
    </message>
    <message>
        <source>There is no amendment request %1.</source>
        <translation>No existe la solicitud de enmienda %1.</translation>
    </message>
    <message>
        <source>Amendment request %1 is already %2.</source>
        <translation>La solicitud de enmienda %1 ya está en estado %2.</translation>
    </message>
    <message>
        <source>Give the reason for the decision.</source>
        <translation>Indique el motivo de la decisión.</translation>
    </message>
</context>
<context>
    <name>Ambulo::Charting::ProblemService</name>
    <message>
        <source>Name the problem to change.</source>
        <translation>Indique el problema que desea modificar.</translation>
    </message>
</context>
<context>
    <name>Ambulo::Charting::ResultService</name>
    <message>
        <source>A result order needs the filler order number.</source>
        <translation>Una orden de resultados necesita el número de orden del ejecutor.</translation>
    </message>
    <message>
        <source>A result order needs a test code.</source>
        <translation>Una orden de resultados necesita un código de prueba.</translation>
    </message>
    <message>
        <source>Observation %1 has no code.</source>
        <translation>La observación %1 no tiene código.</translation>
    </message>
    <message>
        <source>Order %1 from %2 was filed for another patient.</source>
        <translation>La orden %1 de %2 se archivó para otro paciente.</translation>
    </message>
    <message>
        <source>There is no result order %1.</source>
        <translation>No existe la orden de resultados %1.</translation>
    </message>
    <message>
        <source>A synced result carries one observation.</source>
        <translation>Un resultado sincronizado lleva una sola observación.</translation>
    </message>
    <message>
        <source>Observation %1 was not filed.</source>
        <translation>La observación %1 no se registró.</translation>
    </message>
</context>
<context>
    <name>Ambulo::Charting::SignService</name>
    <message>
        <source>Only %1, the encounter&apos;s provider, signs encounter %2.</source>
        <translation>Solo %1, el profesional clínico de la visita, firma la visita %2.</translation>
    </message>
    <message>
        <source>Encounter %1 was already signed by %2 at %3.</source>
        <translation>La visita %1 ya fue firmada por %2 el %3.</translation>
    </message>
    <message>
        <source>Encounter %1 has no note to sign.</source>
        <translation>La visita %1 no tiene ninguna nota que firmar.</translation>
    </message>
    <message>
        <source>Encounter %1 was already signed.</source>
        <translation>La visita %1 ya fue firmada.</translation>
    </message>
</context>
<context>
    <name>Ambulo::Charting::SuperbillService</name>
    <message>
        <source>%1 is a category heading; choose a more specific code.</source>
        <translation>%1 es un encabezado de categoría; elija un código más específico.</translation>
    </message>
    <message>
        <source>%1 is already diagnosis %2 of this encounter.</source>
        <translation>%1 ya es el diagnóstico %2 de esta visita.</translation>
    </message>
    <message>
        <source>An encounter carries at most 12 diagnoses.</source>
        <translation>Una visita tiene como máximo 12 diagnósticos.</translation>
    </message>
    <message>
        <source>Encounter %1 has no diagnosis %2.</source>
        <translation>La visita %1 no tiene el diagnóstico %2.</translation>
    </message>
    <message>
        <source>Procedure %1 points at diagnosis %2; change that line first.</source>
        <translation>El procedimiento %1 apunta al diagnóstico %2; cambie primero esa línea.</translation>
    </message>
    <message>
        <source>A line carries at most 4 modifiers.</source>
        <translation>Una línea tiene como máximo 4 modificadores.</translation>
    </message>
    <message>
        <source>Modifier &apos;%1&apos; is not two letters or digits.</source>
        <translation>El modificador “%1” no tiene dos letras o dígitos.</translation>
    </message>
    <message>
        <source>Units must be from 1 to 999.</source>
        <translation>Las unidades deben estar entre 1 y 999.</translation>
    </message>
    <message>
        <source>A procedure needs at least one diagnosis pointer.</source>
        <translation>Un procedimiento necesita al menos un puntero de diagnóstico.</translation>
    </message>
    <message>
        <source>A line points at most at 12 diagnoses.</source>
        <translation>Una línea apunta como máximo a 12 diagnósticos.</translation>
    </message>
    <message>
        <source>Diagnosis pointer %1 does not name a diagnosis of encounter %2 (it has %3).</source>
        <translation>El puntero de diagnóstico %1 no corresponde a ningún diagnóstico de la visita %2 (tiene %3).</translation>
    </message>
    <message>
        <source>Diagnosis pointer %1 is given twice.</source>
        <translation>El puntero de diagnóstico %1 aparece dos veces.</translation>
    </message>
    <message>
        <source>There is no superbill line %1.</source>
        <translation>No existe la línea de la hoja de cargos %1.</translation>
    </message>
</context>
<context>
    <name>Ambulo::Charting::VisitSummary</name>
    <message>
        <source>Visit summary</source>
        <translation>Resumen de la visita</translation>
    </message>
    <message>
        <source>DRAFT — not signed</source>
        <translation>BORRADOR — no firmada</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>MRN</source>
        <translation>N.º de expediente</translation>
    </message>
    <message>
        <source>Visit date</source>
        <translation>Fecha de la visita</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Profesional clínico</translation>
    </message>
    <message>
        <source>Reason for visit</source>
        <translation>Motivo de la visita</translation>
    </message>
    <message>
        <source>Vital signs</source>
        <translation>Signos vitales</translation>
    </message>
    <message>
        <source>No vital signs recorded at this visit.</source>
        <translation>No se registraron signos vitales en esta visita.</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Toma</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Valores</translation>
    </message>
    <message>
        <source>Diagnoses</source>
        <translation>Diagnósticos</translation>
    </message>
    <message>
        <source>No diagnoses recorded.</source>
        <translation>No hay diagnósticos registrados.</translation>
    </message>
    <message>
        <source>ICD-10 code</source>
        <translation>Código ICD-10</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnóstico</translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation>Procedimientos</translation>
    </message>
    <message>
        <source>No procedures recorded.</source>
        <translation>No hay procedimientos registrados.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Procedimiento</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unidades</translation>
    </message>
    <message>
        <source>Current medications</source>
        <translation>Medicamentos actuales</translation>
    </message>
    <message>
        <source>No current medications recorded.</source>
        <translation>No hay medicamentos actuales registrados.</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Medicamento</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Vía</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Frecuencia</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Alergias</translation>
    </message>
    <message>
        <source>No known allergies recorded.</source>
        <translation>No hay alergias conocidas registradas.</translation>
    </message>
    <message>
        <source>Substance</source>
        <translation>Sustancia</translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation>Reacción</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <source>None written.</source>
        <translation>No se ha redactado nada.</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Addenda</source>
        <translation>Adendas</translation>
    </message>
    <message>
        <source>Assessment and plan</source>
        <translation>Evaluación y plan</translation>
    </message>
    <message>
        <source>This visit has not been signed by the provider; this summary is a draft and may change.</source>
        <translation>El profesional clínico no ha firmado esta visita; este resumen es un borrador y puede cambiar.</translation>
    </message>
    <message>
        <source>Signed by %1 at %2.</source>
        <translation>Firmada por %1 el %2.</translation>
    </message>
    <message>
        <source>Printed by %1 at %2.</source>
        <translation>Impreso por %1 el %2.</translation>
    </message>
    <message>
        <source>%1 — page %2 of %3</source>
        <translation>%1 — página %2 de %3</translation>
    </message>
    <message>
        <source>Writing a PDF needs the graphical application (fonts).</source>
        <translation>Para generar un PDF se necesita la aplicación gráfica (fuentes).</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>No se puede escribir %1.</translation>
    </message>
</context>
<context>
    <name>Ambulo::Charting::VisitSummarySource</name>
    <message>
        <source>The visit note is marked sensitive and is not included in this summary.</source>
        <translation>La nota de la visita está marcada como confidencial y no se incluye en este resumen.</translation>
    </message>
    <message>
        <source>The visit note is not included: %1</source>
        <translation>La nota de la visita no se incluye: %1</translation>
    </message>
</context>
<context>
    <name>Ambulo::Charting::VitalsService</name>
    <message>
        <source>Enter both the systolic and the diastolic pressure.</source>
        <translation>Ingrese la presión sistólica y la diastólica.</translation>
    </message>
    <message>
        <source>the systolic pressure %1 is not above the diastolic %2</source>
        <translation>la presión sistólica %1 no es mayor que la diastólica %2</translation>
    </message>
    <message>
        <source>Implausible vitals: %1. Check them, or confirm to record them as measured.</source>
        <translation>Signos vitales inverosímiles: %1. Revíselos o confirme para registrarlos tal como se midieron.</translation>
    </message>
    <message>
        <source>Encounter %1 belongs to another patient.</source>
        <translation>La visita %1 pertenece a otro paciente.</translation>
    </message>
    <message>
        <source>Enter at least one vital sign.</source>
        <translation>Ingrese al menos un signo vital.</translation>
    </message>
    <message>
        <source>The vitals have no time they were taken.</source>
        <translation>Los signos vitales no indican cuándo se tomaron.</translation>
    </message>
    <message>
        <source>There is no such vitals entry %1 for this patient.</source>
        <translation>No existe la toma de signos vitales %1 para este paciente.</translation>
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
    <message>
        <source>Interface</source>
        <translation>Interfaz</translation>
    </message>
    <message>
        <source>Medical record number</source>
        <translation type="vanished">N.º de expediente</translation>
    </message>
    <message>
        <source>Patient id</source>
        <translation type="vanished">Identificador de paciente</translation>
    </message>
    <message>
        <source>Driver&apos;s license</source>
        <translation type="vanished">Licencia de conducir</translation>
    </message>
    <message>
        <source>Social Security number</source>
        <translation type="vanished">N.º de Seguro Social</translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="vanished">Otro</translation>
    </message>
</context>
<context>
    <name>Ambulo::Core::BreakGlass</name>
    <message>
        <source>Explain in at least 10 characters why you need to see this (break-glass).</source>
        <translation>Explique en al menos 10 caracteres por qué necesita ver esto (acceso de emergencia).</translation>
    </message>
    <message>
        <source>The reason is longer than 500 characters.</source>
        <translation>El motivo tiene más de 500 caracteres.</translation>
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
    <message>
        <source>A location&apos;s address or phone is too long.</source>
        <translation>La dirección o el teléfono de la ubicación es demasiado largo.</translation>
    </message>
    <message>
        <source>A room belongs to a location.</source>
        <translation>Una sala pertenece a una ubicación.</translation>
    </message>
    <message>
        <source>There is no entry with id %1 to change.</source>
        <translation>No hay ninguna entrada con id %1 que modificar.</translation>
    </message>
    <message>
        <source>No room with id %1.</source>
        <translation>No hay ninguna sala con id %1.</translation>
    </message>
    <message>
        <source>No coverage with id %1.</source>
        <translation>No hay ninguna cobertura con id %1.</translation>
    </message>
    <message>
        <source>A coverage cannot move to another patient.</source>
        <translation>Una cobertura no puede pasar a otro paciente.</translation>
    </message>
    <message>
        <source>No practitioner with id %1.</source>
        <translation>No hay ningún profesional clínico con el id %1.</translation>
    </message>
</context>
<context>
    <name>Ambulo::Core::IdentifierKinds</name>
    <message>
        <source>Medical record number</source>
        <translation>N.º de expediente</translation>
    </message>
    <message>
        <source>Patient id</source>
        <translation>Identificador de paciente</translation>
    </message>
    <message>
        <source>Driver&apos;s license</source>
        <translation>Licencia de conducir</translation>
    </message>
    <message>
        <source>Social Security number</source>
        <translation>N.º de Seguro Social</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
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
        <translation type="vanished">Explique en al menos 10 caracteres por qué necesita este expediente.</translation>
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
    <message>
        <source>Patient %1 was merged into another record; update that one.</source>
        <translation>El paciente %1 se fusionó con otro expediente; actualice ese.</translation>
    </message>
    <message>
        <source>Patient %1 is part of a merge loop.</source>
        <translation>El paciente %1 forma parte de un ciclo de fusiones.</translation>
    </message>
    <message>
        <source>The identifier has no value.</source>
        <translation>El identificador no tiene valor.</translation>
    </message>
    <message>
        <source>The identifier &apos;%1&apos; is longer than 64 characters.</source>
        <translation>El identificador “%1” tiene más de 64 caracteres.</translation>
    </message>
    <message>
        <source>The identifier type &apos;%1&apos; is longer than 10 characters.</source>
        <translation>El tipo de identificador “%1” tiene más de 10 caracteres.</translation>
    </message>
    <message>
        <source>Identifier %1 (%2) already belongs to another patient.</source>
        <translation>El identificador %1 (%2) ya pertenece a otro paciente.</translation>
    </message>
    <message>
        <source>Patient %1 was merged into another record.</source>
        <translation>El paciente %1 se fusionó con otro expediente.</translation>
    </message>
    <message>
        <source>A patient cannot be merged into itself.</source>
        <translation>Un paciente no se puede fusionar consigo mismo.</translation>
    </message>
    <message>
        <source>Patient %1 was already merged into another record.</source>
        <translation>El paciente %1 ya se fusionó con otro expediente.</translation>
    </message>
    <message>
        <source>Merging %1&apos;s records: %2</source>
        <translation>Fusión de los expedientes de %1: %2</translation>
    </message>
    <message>
        <source>This record is restricted, and your role may not open restricted records.</source>
        <translation>Este expediente está restringido y su rol no puede abrir expedientes restringidos.</translation>
    </message>
    <message>
        <source>The assigning authority &apos;%1…&apos; is longer than %2 characters.</source>
        <translation>La autoridad asignadora “%1…” tiene más de %2 caracteres.</translation>
    </message>
    <message>
        <source>family name</source>
        <translation>apellido</translation>
    </message>
    <message>
        <source>given name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>middle name</source>
        <translation>segundo nombre</translation>
    </message>
    <message>
        <source>sex</source>
        <translation>sexo</translation>
    </message>
    <message>
        <source>street address</source>
        <translation>dirección</translation>
    </message>
    <message>
        <source>city</source>
        <translation>ciudad</translation>
    </message>
    <message>
        <source>state</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>ZIP code</source>
        <translation>código postal</translation>
    </message>
    <message>
        <source>home phone</source>
        <translation>teléfono de casa</translation>
    </message>
    <message>
        <source>mobile phone</source>
        <translation>teléfono móvil</translation>
    </message>
    <message>
        <source>email</source>
        <translation>correo electrónico</translation>
    </message>
    <message>
        <source>language</source>
        <translation>idioma</translation>
    </message>
    <message>
        <source>No match %1.</source>
        <translation>No existe la coincidencia %1.</translation>
    </message>
    <message>
        <source>That match was undone already.</source>
        <translation>Esa coincidencia ya se había deshecho.</translation>
    </message>
    <message>
        <source>No match %1 is waiting for review.</source>
        <translation>La coincidencia %1 no está pendiente de revisión.</translation>
    </message>
    <message>
        <source>%1 is a restricted record: open it with a reason (break-glass) to compare.</source>
        <translation>%1 es un expediente restringido: ábralo indicando un motivo (acceso de emergencia) para comparar.</translation>
    </message>
    <message>
        <source>That match was confirmed as right; take a wrong number off by hand.</source>
        <translation>Esa coincidencia se confirmó como correcta; quite a mano un número erróneo.</translation>
    </message>
    <message>
        <source>%1 is this practice&apos;s own numbering, the MRN; name the system that gave number %2.</source>
        <translation>%1 es la numeración propia de esta consulta, el n.º de expediente; indique el sistema que asignó el número %2.</translation>
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
    <message>
        <source>An interface needs a name and the person who started it.</source>
        <translation>Una interfaz necesita un nombre y la persona que la inició.</translation>
    </message>
</context>
<context>
    <name>Ambulo::Hl7</name>
    <message>
        <source>The identifiers name two different patients here (%1 of %2 is another patient).</source>
        <translation type="vanished">Los identificadores corresponden aquí a dos pacientes distintos (%1 de %2 es otro paciente).</translation>
    </message>
    <message>
        <source>PID-7 &apos;%1&apos; is not a date of birth (YYYYMMDD).</source>
        <translation type="vanished">PID-7 “%1” no es una fecha de nacimiento (AAAAMMDD).</translation>
    </message>
    <message>
        <source>PID-8 &apos;%1&apos; is not a sex code of HL7 table 0001 (F, M, O, U, A, N).</source>
        <translation type="vanished">PID-8 “%1” no es un código de sexo de la tabla 0001 de HL7 (F, M, O, U, A, N).</translation>
    </message>
</context>
<context>
    <name>Ambulo::Hl7::AdtHandler</name>
    <message>
        <source>ADT^%1 is not handled here.</source>
        <translation>ADT^%1 no se procesa aquí.</translation>
    </message>
    <message>
        <source>The message has no PID segment.</source>
        <translation>El mensaje no tiene segmento PID.</translation>
    </message>
    <message>
        <source>PID-3 holds no patient identifier.</source>
        <translation>PID-3 no contiene ningún identificador de paciente.</translation>
    </message>
    <message>
        <source>No patient is known by %1 (%2); ADT^A08 updates a registered patient only.</source>
        <translation>Ningún paciente está registrado con %1 (%2); ADT^A08 solo actualiza pacientes ya registrados.</translation>
    </message>
    <message>
        <source>No patient has MRN %1 here.</source>
        <translation>Aquí ningún paciente tiene el n.º de expediente %1.</translation>
    </message>
    <message>
        <source>patient %1 registered</source>
        <translation>paciente %1 registrado</translation>
    </message>
    <message>
        <source>patient %1 updated</source>
        <translation>paciente %1 actualizado</translation>
    </message>
    <message>
        <source>ADT^A40 needs a PID and an MRG segment.</source>
        <translation type="vanished">ADT^A40 necesita un segmento PID y un segmento MRG.</translation>
    </message>
    <message>
        <source>MRG-1 holds no patient identifier.</source>
        <translation>MRG-1 no contiene ningún identificador de paciente.</translation>
    </message>
    <message>
        <source>The surviving patient %1 (%2) is not known here.</source>
        <translation>El paciente que se conserva, %1 (%2), no se conoce aquí.</translation>
    </message>
    <message>
        <source>The patient to merge, %1 (%2), is not known here.</source>
        <translation>El paciente que se va a fusionar, %1 (%2), no se conoce aquí.</translation>
    </message>
    <message>
        <source>%1 already merged</source>
        <translation>%1 ya fusionado</translation>
    </message>
    <message>
        <source>ADT^A40 %1 from interface %2</source>
        <translation>ADT^A40 %1 de la interfaz %2</translation>
    </message>
    <message>
        <source>%1 merged into %2</source>
        <translation>%1 fusionado con %2</translation>
    </message>
    <message>
        <source>patient %1 found by name and birth date and updated; now also known by %2 (%3)</source>
        <translation>paciente %1 encontrado por nombre y fecha de nacimiento y actualizado; ahora también se le conoce por %2 (%3)</translation>
    </message>
    <message>
        <source>patient %1 registered; %2 and %3 have the same name and birth date: merge them if they are one person</source>
        <translation>paciente %1 registrado; %2 y %3 tienen el mismo nombre y fecha de nacimiento: fusiónelos si son la misma persona</translation>
    </message>
    <message>
        <source>ADT^A47 needs a PID and an MRG segment.</source>
        <translation type="vanished">ADT^A47 necesita un segmento PID y un segmento MRG.</translation>
    </message>
    <message>
        <source>MRG-1 names MRN %1, this practice&apos;s own number, which only this practice changes.</source>
        <translation>MRG-1 indica el n.º de expediente %1, el número propio de esta consulta, que solo esta consulta cambia.</translation>
    </message>
    <message>
        <source>PID-3 holds no identifier of %1 to replace %2 with.</source>
        <translation>PID-3 no contiene ningún identificador de %1 con el que sustituir %2.</translation>
    </message>
    <message>
        <source>%1 already known by %2</source>
        <translation>%1 ya se conoce como %2</translation>
    </message>
    <message>
        <source>No patient is known by %1 (%2) here.</source>
        <translation>Aquí ningún paciente se conoce por %1 (%2).</translation>
    </message>
    <message>
        <source>PID-3 names patient %1 here, not the patient of %2 (%3); two records of one person are merged by ADT^A40.</source>
        <translation>PID-3 indica aquí al paciente %1, no al paciente de %2 (%3); dos registros de una misma persona se fusionan con ADT^A40.</translation>
    </message>
    <message>
        <source>patient %1 now known by %2 (%3) instead of %4</source>
        <translation>paciente %1 ahora conocido por %2 (%3) en lugar de %4</translation>
    </message>
    <message>
        <source>%1 %2 from interface %3</source>
        <translation>%1 %2 de la interfaz %3</translation>
    </message>
    <message>
        <source>%1 needs a PID and an MRG segment.</source>
        <translation>%1 necesita un segmento PID y un segmento MRG.</translation>
    </message>
</context>
<context>
    <name>Ambulo::Hl7::OutboundService</name>
    <message>
        <source>An interface name is 1 to 40 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>El nombre de una interfaz tiene de 1 a 40 letras, dígitos, “.”, “_” o “-”.</translation>
    </message>
    <message>
        <source>The interface needs a host.</source>
        <translation>La interfaz necesita un host.</translation>
    </message>
    <message>
        <source>The port must be between 1 and 65535.</source>
        <translation>El puerto debe estar entre 1 y 65535.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a message type such as SIU^S12.</source>
        <translation>“%1” no es un tipo de mensaje como SIU^S12.</translation>
    </message>
    <message>
        <source>The ACK timeout must be between 0.1 and 600 seconds.</source>
        <translation>El tiempo de espera del ACK debe estar entre 0.1 y 600 segundos.</translation>
    </message>
    <message>
        <source>A client certificate needs its private key file.</source>
        <translation>Un certificado de cliente necesita su archivo de clave privada.</translation>
    </message>
    <message>
        <source>Certificate files are only used with TLS.</source>
        <translation>Los archivos de certificado solo se usan con TLS.</translation>
    </message>
    <message>
        <source>An interface named &apos;%1&apos; exists already.</source>
        <translation>Ya existe una interfaz llamada “%1”.</translation>
    </message>
    <message>
        <source>There is no such interface.</source>
        <translation>No existe esa interfaz.</translation>
    </message>
    <message>
        <source>There is no interface named &apos;%1&apos;.</source>
        <translation>No existe ninguna interfaz llamada “%1”.</translation>
    </message>
    <message>
        <source>There is no queued message %1.</source>
        <translation>No existe ningún mensaje en cola %1.</translation>
    </message>
    <message>
        <source>Message %1 was delivered already.</source>
        <translation>El mensaje %1 ya se entregó.</translation>
    </message>
    <message>
        <source>Message %1 is %2; there is nothing to discard.</source>
        <translation>El mensaje %1 está en estado %2; no hay nada que descartar.</translation>
    </message>
    <message>
        <source>Message %1 is about a restricted record. Give a reason to read it (break-glass).</source>
        <translation>El mensaje %1 trata de un expediente restringido. Indique un motivo para leerlo (acceso de emergencia).</translation>
    </message>
    <message>
        <source>Explain in at least 10 characters why you need to read this message.</source>
        <translation type="vanished">Explique en al menos 10 caracteres por qué necesita leer este mensaje.</translation>
    </message>
    <message>
        <source>The reason is longer than 500 characters.</source>
        <translation type="vanished">El motivo tiene más de 500 caracteres.</translation>
    </message>
</context>
<context>
    <name>Ambulo::Hl7::PatientMapping</name>
    <message>
        <source>The identifiers name two different patients here (%1 of %2 is another patient).</source>
        <translation>Los identificadores corresponden aquí a dos pacientes distintos (%1 de %2 es otro paciente).</translation>
    </message>
    <message>
        <source>PID-7 &apos;%1&apos; is not a date of birth (YYYYMMDD).</source>
        <translation>PID-7 “%1” no es una fecha de nacimiento (AAAAMMDD).</translation>
    </message>
    <message>
        <source>PID-8 &apos;%1&apos; is not a sex code of HL7 table 0001 (F, M, O, U, A, N).</source>
        <translation>PID-8 “%1” no es un código de sexo de la tabla 0001 de HL7 (F, M, O, U, A, N).</translation>
    </message>
</context>
<context>
    <name>Ambulo::Hl7::PatientMessageBuilder</name>
    <message>
        <source>No merge of patient %1 into %2 is recorded.</source>
        <translation>No hay registrada ninguna fusión del paciente %1 con %2.</translation>
    </message>
</context>
<context>
    <name>Ambulo::Scheduling</name>
    <message>
        <source>The appointment type %1 is retired.</source>
        <translation>El tipo de cita %1 ya no está en uso.</translation>
    </message>
    <message>
        <source>The appointment needs a real date.</source>
        <translation>La cita necesita una fecha válida.</translation>
    </message>
    <message>
        <source>An appointment lasts from %1 to %2 minutes.</source>
        <translation>Una cita dura de %1 a %2 minutos.</translation>
    </message>
    <message>
        <source>The start is not a time of day.</source>
        <translation>El inicio no es una hora del día.</translation>
    </message>
    <message>
        <source>The appointment would end after midnight.</source>
        <translation>La cita terminaría después de la medianoche.</translation>
    </message>
    <message>
        <source>There is no room %1.</source>
        <translation>No existe el consultorio %1.</translation>
    </message>
    <message>
        <source>Not a valid time.</source>
        <translation>No es una hora válida.</translation>
    </message>
    <message>
        <source>%1 does not exist in %2: the clocks skip it (daylight saving time starts).</source>
        <translation>%1 no existe en %2: los relojes se la saltan (comienza el horario de verano).</translation>
    </message>
    <message>
        <source>Give a real start and end date.</source>
        <translation>Indique una fecha de inicio y de fin válidas.</translation>
    </message>
    <message>
        <source>The end date %1 is before the start date %2.</source>
        <translation>La fecha de fin %1 es anterior a la fecha de inicio %2.</translation>
    </message>
    <message>
        <source>Ask for at most %1 days at a time.</source>
        <translation>Consulte como máximo %1 días a la vez.</translation>
    </message>
    <message>
        <source>Lunch</source>
        <translation>Comida</translation>
    </message>
    <message>
        <source>Staff huddle</source>
        <translation>Reunión breve del personal</translation>
    </message>
    <message>
        <source>Call on a cancellation</source>
        <translation>Llamar si hay una cancelación</translation>
    </message>
    <message>
        <source>Sore throat</source>
        <translation>Dolor de garganta</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date and time in the form YYYY-MM-DDTHH:MM.</source>
        <translation>&apos;%1&apos; no es una fecha y hora con el formato AAAA-MM-DDTHH:MM.</translation>
    </message>
    <message>
        <source>%1 is not a real date.</source>
        <translation>%1 no es una fecha válida.</translation>
    </message>
    <message>
        <source>%1 is not a real time of day.</source>
        <translation>%1 no es una hora del día válida.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a real date in the form YYYY-MM-DD.</source>
        <translation>&apos;%1&apos; no es una fecha válida con el formato AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Agendada</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmada</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Llegó</translation>
    </message>
    <message>
        <source>Roomed</source>
        <translation>En consultorio</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Atendida</translation>
    </message>
    <message>
        <source>Checked out</source>
        <translation>Salida registrada</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>No se presentó</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Rescheduled</source>
        <translation>Reprogramada</translation>
    </message>
    <message>
        <source>There is no walk-in %1.</source>
        <translation>No existe el paciente sin cita %1.</translation>
    </message>
    <message>
        <source>Not booked: %1.</source>
        <translation>No agendada: %1.</translation>
    </message>
    <message>
        <source>A %1 appointment cannot be rescheduled.</source>
        <translation>Una cita en estado %1 no se puede reprogramar.</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>a %1</translation>
    </message>
    <message>
        <source>A %1 appointment cannot be moved.</source>
        <translation>Una cita en estado %1 no se puede mover.</translation>
    </message>
    <message>
        <source>The end %1 is not after the start %2.</source>
        <translation>El fin %1 no es posterior al inicio %2.</translation>
    </message>
    <message>
        <source>A series repeats every 1 to 52 weeks.</source>
        <translation>Una serie se repite cada 1 a 52 semanas.</translation>
    </message>
    <message>
        <source>A series has 1 to %1 occurrences.</source>
        <translation>Una serie tiene de 1 a %1 citas.</translation>
    </message>
    <message>
        <source>Reschedule an appointment by giving it a new time.</source>
        <translation>Para reprogramar una cita, asígnele un nuevo horario.</translation>
    </message>
    <message>
        <source>Appointment %1 is %2; it cannot become %3.</source>
        <translation>La cita %1 está en estado %2; no puede pasar a %3.</translation>
    </message>
    <message>
        <source>Say why the appointment is %1.</source>
        <translation>Indique por qué la cita está en estado %1.</translation>
    </message>
    <message>
        <source>Appointment %1 was changed meanwhile; look again.</source>
        <translation>La cita %1 cambió mientras tanto; vuelva a consultarla.</translation>
    </message>
    <message>
        <source>Imported appointment at %1 has no valid time.</source>
        <translation>La cita importada de %1 no tiene una hora válida.</translation>
    </message>
    <message>
        <source>Imported appointment at %1 lacks a patient, provider or type.</source>
        <translation>A la cita importada de %1 le falta el paciente, el profesional clínico o el tipo.</translation>
    </message>
    <message>
        <source>Imported appointment at %1 was refused: %2</source>
        <translation>La cita importada de %1 fue rechazada: %2</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importada</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>There is no appointment %1.</source>
        <translation>No existe la cita %1.</translation>
    </message>
    <message>
        <source>There is no patient %1.</source>
        <translation>No existe el paciente %1.</translation>
    </message>
    <message>
        <source>There is no provider %1.</source>
        <translation>No existe el profesional clínico %1.</translation>
    </message>
    <message>
        <source>%1 no longer sees patients here.</source>
        <translation>%1 ya no atiende pacientes aquí.</translation>
    </message>
    <message>
        <source>%1 already has %2 %3</source>
        <translation>%1 ya tiene %2 %3</translation>
    </message>
    <message>
        <source>Room %1 is taken by %2 with %3 %4</source>
        <translation>El consultorio %1 está ocupado por %2 con %3 %4</translation>
    </message>
    <message>
        <source>%1 is already booked with %2 %3</source>
        <translation>%1 ya tiene cita con %2 %3</translation>
    </message>
    <message>
        <source>Room blocked: %1 %2</source>
        <translation>Consultorio bloqueado: %1 %2</translation>
    </message>
    <message>
        <source>Inside a blockout: %1 %2</source>
        <translation>Dentro de un bloqueo: %1 %2</translation>
    </message>
    <message>
        <source>Outside working hours: the provider does not work on %1s</source>
        <translation>Fuera del horario de atención: el profesional clínico no trabaja los %1</translation>
    </message>
    <message>
        <source>Outside working hours: %1 on %2 (%3)</source>
        <translation>Fuera del horario de atención: %1 el %2 (%3)</translation>
    </message>
    <message>
        <source>No room is free %1</source>
        <translation>No hay consultorio libre %1</translation>
    </message>
    <message>
        <source>There is no patient with MRN &apos;%1&apos;.</source>
        <translation>No existe ningún paciente con n.º de expediente &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Give a real date.</source>
        <translation>Indique una fecha válida.</translation>
    </message>
    <message>
        <source>Ask for 1 to 1000 openings.</source>
        <translation>Pida de 1 a 1000 horarios disponibles.</translation>
    </message>
    <message>
        <source>The time-of-day window ends after it starts.</source>
        <translation>La franja horaria debe terminar después de empezar.</translation>
    </message>
    <message>
        <source>An appointment lasts at most %1 minutes.</source>
        <translation>Una cita dura como máximo %1 minutos.</translation>
    </message>
    <message>
        <source>A type code is 1 to 12 letters, digits or dashes.</source>
        <translation>Un código de tipo tiene de 1 a 12 letras, dígitos o guiones.</translation>
    </message>
    <message>
        <source>A type needs a name of at most 80 characters.</source>
        <translation>Un tipo necesita un nombre de 80 caracteres como máximo.</translation>
    </message>
    <message>
        <source>A type&apos;s length is from %1 to %2 minutes.</source>
        <translation>La duración de un tipo es de %1 a %2 minutos.</translation>
    </message>
    <message>
        <source>A type&apos;s colour is written #rrggbb.</source>
        <translation>El color de un tipo se escribe #rrggbb.</translation>
    </message>
    <message>
        <source>A weekday is 1 (Monday) to 7 (Sunday).</source>
        <translation>Un día de la semana va de 1 (lunes) a 7 (domingo).</translation>
    </message>
    <message>
        <source>Working hours end after they start, within the day.</source>
        <translation>El horario de atención termina después de empezar, dentro del mismo día.</translation>
    </message>
    <message>
        <source>A blockout needs a date.</source>
        <translation>Un bloqueo necesita una fecha.</translation>
    </message>
    <message>
        <source>A blockout ends after it starts, within the day.</source>
        <translation>Un bloqueo termina después de empezar, dentro del mismo día.</translation>
    </message>
    <message>
        <source>A recurring blockout needs an until date on or after its start.</source>
        <translation>Un bloqueo periódico necesita una fecha final igual o posterior a su inicio.</translation>
    </message>
    <message>
        <source>A blockout needs a reason (e.g. Lunch).</source>
        <translation>Un bloqueo necesita un motivo (p. ej., Comida).</translation>
    </message>
    <message>
        <source>There is no appointment type %1.</source>
        <translation>No existe el tipo de cita %1.</translation>
    </message>
    <message>
        <source>There is no appointment type &apos;%1&apos;.</source>
        <translation>No existe el tipo de cita &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The type code &apos;%1&apos; is taken.</source>
        <translation>El código de tipo &apos;%1&apos; ya está en uso.</translation>
    </message>
    <message>
        <source>Working hours %1–%2 overlap %3–%4.</source>
        <translation>El horario %1–%2 se superpone con %3–%4.</translation>
    </message>
    <message>
        <source>There is no blockout %1.</source>
        <translation>No existe el bloqueo %1.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time zone this system knows (e.g. America/New_York).</source>
        <translation>&apos;%1&apos; no es una zona horaria que este sistema conozca (p. ej., America/Mexico_City).</translation>
    </message>
    <message>
        <source>A waitlist entry needs a patient and an appointment type.</source>
        <translation>Una entrada de la lista de espera necesita un paciente y un tipo de cita.</translation>
    </message>
    <message>
        <source>A waitlist entry needs a date window that ends after it starts.</source>
        <translation>Una entrada de la lista de espera necesita un periodo de fechas que termine después de empezar.</translation>
    </message>
    <message>
        <source>There is no waitlist entry %1.</source>
        <translation>No existe la entrada %1 de la lista de espera.</translation>
    </message>
    <message>
        <source>The freed slot needs a date and a time range.</source>
        <translation>El horario liberado necesita una fecha y un rango de horas.</translation>
    </message>
    <message>
        <source>Walk-in %1 is no longer waiting.</source>
        <translation>El paciente sin cita %1 ya no está en espera.</translation>
    </message>
    <message>
        <source>The server&apos;s appointment at %1 lacks a time, patient, provider or type.</source>
        <translation>A la cita del servidor de las %1 le falta la hora, el paciente, el profesional clínico o el tipo.</translation>
    </message>
</context>
<context>
    <name>Ambulo::Scheduling::AppointmentLinkService</name>
    <message>
        <source>A link needs a source and a placer or filler id.</source>
        <translation>Un vínculo necesita un origen y un id del solicitante o del ejecutor.</translation>
    </message>
    <message>
        <source>An appointment id from another system is longer than 100 characters.</source>
        <translation>Un id de cita de otro sistema tiene más de 100 caracteres.</translation>
    </message>
</context>
<context>
    <name>Ambulo::Scheduling::DaySheet</name>
    <message>
        <source>Day sheet</source>
        <translation>Hoja del día</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>No se puede escribir %1.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>MRN</source>
        <translation>N.º de expediente</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Consultorio</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>No appointments.</source>
        <translation>No hay citas.</translation>
    </message>
</context>
<context>
    <name>Ambulo::Scheduling::Internal::AppointmentDialog</name>
    <message>
        <source>Appointment</source>
        <translation>Cita</translation>
    </message>
    <message>
        <source>Reason (needed to cancel)</source>
        <translation>Motivo (necesario para cancelar)</translation>
    </message>
    <message>
        <source>Reschedule…</source>
        <translation>Reprogramar…</translation>
    </message>
    <message>
        <source>Waitlist patients who could take this slot:</source>
        <translation>Pacientes en lista de espera que podrían ocupar este horario:</translation>
    </message>
    <message>
        <source>%1 (%2)
%3 %4–%5 with %6
%7 · room %8
Status: %9</source>
        <translation>%1 (%2)
%3 %4–%5 con %6
%7 · consultorio %8
Estado: %9</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Now %1.</source>
        <translation>Ahora: %1.</translation>
    </message>
    <message>
        <source>%1 (%2) · %3 · waiting since %4</source>
        <translation>%1 (%2) · %3 · en espera desde %4</translation>
    </message>
    <message>
        <source>No one on the waitlist fits this slot.</source>
        <translation>Nadie en la lista de espera se ajusta a este horario.</translation>
    </message>
</context>
<context>
    <name>Ambulo::Scheduling::Internal::BookingDialog</name>
    <message>
        <source>%1, %2 · born %3 · %4</source>
        <translation>%1, %2 · nac. %3 · %4</translation>
    </message>
    <message>
        <source>Book appointment</source>
        <translation>Agendar cita</translation>
    </message>
    <message>
        <source>No patient chosen</source>
        <translation>No se ha elegido paciente</translation>
    </message>
    <message>
        <source>Name, MRN, date of birth or phone</source>
        <translation>Nombre, n.º de expediente, fecha de nacimiento o teléfono</translation>
    </message>
    <message>
        <source>New patient…</source>
        <translation>Paciente nuevo…</translation>
    </message>
    <message>
        <source>New patient</source>
        <translation>Paciente nuevo</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Registrar</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Repeat every</source>
        <translation>Repetir cada</translation>
    </message>
    <message>
        <source> week(s)</source>
        <translation> semana(s)</translation>
    </message>
    <message>
        <source> times</source>
        <translation> veces</translation>
    </message>
    <message>
        <source>Reason to book despite the conflict (admin)</source>
        <translation>Motivo para agendar pese al conflicto (administrador)</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Agendar</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Profesional clínico</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Consultorio</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 (%n min)</source>
        <translation>
            <numerusform>%1 — %2 (%n min)</numerusform>
            <numerusform>%1 — %2 (%n min)</numerusform>
        </translation>
    </message>
    <message>
        <source>Usual or any free room</source>
        <translation>Consultorio habitual o cualquiera libre</translation>
    </message>
    <message>
        <source>Your role may look at the book but not change it.</source>
        <translation>Su rol puede consultar la agenda, pero no modificarla.</translation>
    </message>
    <message>
        <source>Reschedule appointment</source>
        <translation>Reprogramar cita</translation>
    </message>
    <message>
        <source>Reschedule</source>
        <translation>Reprogramar</translation>
    </message>
    <message>
        <source>Book walk-in</source>
        <translation>Agendar paciente sin cita</translation>
    </message>
    <message>
        <source>No patient matches — use New patient…</source>
        <translation>Ningún paciente coincide; use Paciente nuevo…</translation>
    </message>
    <message>
        <source>%1, %2 · born %3 (new)</source>
        <translation>%1, %2 · nac. %3 (nuevo)</translation>
    </message>
    <message>
        <source>Choose the patient first: search above, or New patient…</source>
        <translation>Primero elija al paciente: búsquelo arriba o use Paciente nuevo…</translation>
    </message>
    <message>
        <source>%1 booked</source>
        <translation>%1 agendada</translation>
    </message>
    <message>
        <source>%1 not booked: %2</source>
        <translation>%1 no agendada: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n occurrence(s) booked.</source>
        <translation>
            <numerusform>%1 de %n cita agendada.</numerusform>
            <numerusform>%1 de %n citas agendadas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ambulo::Scheduling::Internal::CalendarView</name>
    <message numerus="yes">
        <source>%n appointment(s)</source>
        <translation>
            <numerusform>%n cita</numerusform>
            <numerusform>%n citas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ambulo::Scheduling::Internal::CalendarWidget</name>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Day by room</source>
        <translation>Día por consultorio</translation>
    </message>
    <message>
        <source>All providers</source>
        <translation>Todos los profesionales clínicos</translation>
    </message>
    <message>
        <source>◀</source>
        <translation>◀</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>▶</source>
        <translation>▶</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Nueva…</translation>
    </message>
    <message>
        <source>Book at the selected slot (N)</source>
        <translation>Agendar en el horario seleccionado (N)</translation>
    </message>
    <message>
        <source>Your role may not book appointments.</source>
        <translation>Su rol no puede agendar citas.</translation>
    </message>
    <message>
        <source>Day sheet…</source>
        <translation>Hoja del día…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Abrir…</translation>
    </message>
    <message>
        <source>Move despite the conflict?</source>
        <translation>¿Mover pese al conflicto?</translation>
    </message>
    <message>
        <source>%1

Reason to move it anyway (audited):</source>
        <translation>%1

Motivo para moverla de todos modos (queda en la bitácora de auditoría):</translation>
    </message>
    <message>
        <source>Moved to %1 %2.</source>
        <translation>Movida a %1 %2.</translation>
    </message>
    <message>
        <source>Booked.</source>
        <translation>Agendada.</translation>
    </message>
    <message>
        <source>No provider to print.</source>
        <translation>No hay profesional clínico para imprimir.</translation>
    </message>
    <message>
        <source>Choose a provider for the day sheet.</source>
        <translation>Elija un profesional clínico para la hoja del día.</translation>
    </message>
    <message>
        <source>Save day sheet</source>
        <translation>Guardar hoja del día</translation>
    </message>
    <message>
        <source>day-sheet.pdf</source>
        <translation>hoja-del-dia.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Day sheet saved to %1.</source>
        <translation>Hoja del día guardada en %1.</translation>
    </message>
    <message>
        <source>Find opening…</source>
        <translation>Buscar horario disponible…</translation>
    </message>
</context>
<context>
    <name>Ambulo::Scheduling::Internal::FindOpeningDialog</name>
    <message>
        <source>Find opening</source>
        <translation>Buscar horario disponible</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 (%n min)</source>
        <translation>
            <numerusform>%1 — %2 (%n min)</numerusform>
            <numerusform>%1 — %2 (%n min)</numerusform>
        </translation>
    </message>
    <message>
        <source>Any provider</source>
        <translation>Cualquier profesional clínico</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Profesional clínico</translation>
    </message>
    <message>
        <source>Weekdays</source>
        <translation>Días de la semana</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Franja horaria</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Consultorio</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Book…</source>
        <translation>Agendar…</translation>
    </message>
    <message>
        <source>Tick at least one weekday.</source>
        <translation>Marque al menos un día de la semana.</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>No opening matches.</source>
        <translation>Ningún horario disponible coincide.</translation>
    </message>
    <message numerus="yes">
        <source>%n opening(s), earliest first.</source>
        <translation>
            <numerusform>%n horario disponible, el más próximo primero.</numerusform>
            <numerusform>%n horarios disponibles, los más próximos primero.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ambulo::Scheduling::Internal::FlowBoardWidget</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Profesional clínico</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Add walk-in</source>
        <translation>Agregar paciente sin cita</translation>
    </message>
    <message>
        <source>Queues the patient open in the banner</source>
        <translation>Pone en la fila al paciente abierto en el encabezado</translation>
    </message>
    <message>
        <source>Book…</source>
        <translation>Agendar…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Walk-ins waiting</source>
        <translation>Pacientes sin cita en espera</translation>
    </message>
    <message>
        <source>Patients on %1</source>
        <translation>Pacientes del %1</translation>
    </message>
    <message>
        <source>%1 (%2) · %3</source>
        <translation>%1 (%2) · %3</translation>
    </message>
    <message>
        <source>%1 since arrival</source>
        <translation>%1 desde la llegada</translation>
    </message>
    <message>
        <source>%1 in room</source>
        <translation>%1 en consultorio</translation>
    </message>
    <message>
        <source>%1 (%2) · %3 · %4</source>
        <translation>%1 (%2) · %3 · %4</translation>
    </message>
    <message>
        <source>Open the patient first (Find patient), then add the walk-in.</source>
        <translation>Primero abra al paciente (Buscar paciente) y luego agréguelo como paciente sin cita.</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Sin cita</translation>
    </message>
    <message>
        <source>%1 added to the walk-in queue.</source>
        <translation>%1 agregado a la fila de pacientes sin cita.</translation>
    </message>
    <message>
        <source>Choose a walk-in first.</source>
        <translation>Primero elija un paciente sin cita.</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Se retiró</translation>
    </message>
    <message>
        <source>Open chart</source>
        <translation>Abrir historia clínica</translation>
    </message>
    <message>
        <source>Chart the visit of the arrived or roomed patient chosen above</source>
        <translation>Documentar en la historia clínica la visita del paciente seleccionado arriba que ha llegado o ya está en un consultorio</translation>
    </message>
    <message>
        <source>Choose a patient who has arrived or is roomed.</source>
        <translation>Elija un paciente que haya llegado o que ya esté en un consultorio.</translation>
    </message>
</context>
<context>
    <name>Ambulo::Scheduling::Internal::RegistrationWidget</name>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
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
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>Other / not asked</source>
        <translation>Otro / no se preguntó</translation>
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
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Segundo nombre</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Teléfono celular</translation>
    </message>
    <message>
        <source>Home phone</source>
        <translation>Teléfono de casa</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado (región)</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Preferred contact</source>
        <translation>Contacto preferido</translation>
    </message>
    <message>
        <source>Primary insurance</source>
        <translation>Seguro principal</translation>
    </message>
    <message>
        <source>Secondary insurance</source>
        <translation>Seguro secundario</translation>
    </message>
    <message>
        <source>Possible existing patient</source>
        <translation>Posible paciente ya registrado</translation>
    </message>
    <message>
        <source>Use this patient</source>
        <translation>Usar este paciente</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Registrar</translation>
    </message>
    <message>
        <source>New registration</source>
        <translation>Nuevo registro</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Blank: the patient</source>
        <translation>En blanco: el paciente</translation>
    </message>
    <message>
        <source>Self</source>
        <translation>Titular</translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation>Cónyuge</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Hijo(a)</translation>
    </message>
    <message>
        <source>Blank: the patient&apos;s, when the patient is the subscriber</source>
        <translation>En blanco: la del paciente, cuando el paciente es el titular</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Aseguradora</translation>
    </message>
    <message>
        <source>Member id</source>
        <translation>N.º de afiliado</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Subscriber</source>
        <translation>Titular</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Parentesco</translation>
    </message>
    <message>
        <source>Subscriber born</source>
        <translation>Nacimiento del titular</translation>
    </message>
    <message>
        <source>Coverage starts</source>
        <translation>Inicio de la cobertura</translation>
    </message>
    <message>
        <source>New patient</source>
        <translation>Paciente nuevo</translation>
    </message>
    <message>
        <source>Editing %1 (%2)</source>
        <translation>Editando a %1 (%2)</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Guardar cambios</translation>
    </message>
    <message>
        <source>%1, %2 · born %3 · %4</source>
        <translation>%1, %2 · nac. %3 · %4</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>This may be a patient we already have. Use the existing record, or press Register again to make a new one.</source>
        <translation>Puede que este paciente ya esté registrado. Use el expediente existente o vuelva a pulsar Registrar para crear uno nuevo.</translation>
    </message>
    <message>
        <source>Saved, but the coverage was not: %1</source>
        <translation>Se guardó, pero la cobertura no: %1</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 guardado.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Number from another system (optional)</source>
        <translation>Número de otro sistema (opcional)</translation>
    </message>
    <message>
        <source>e.g. HOSP</source>
        <translation>p. ej., HOSP</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Emitido por</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Give the other system&apos;s number and who gave it, or leave both empty.</source>
        <translation>Indique el número del otro sistema y quién lo emitió, o deje ambos vacíos.</translation>
    </message>
    <message>
        <source>%1 of %2 is already on record %3. Use that record if it is this patient; otherwise check the number.</source>
        <translation>%1 de %2 ya está en el expediente %3. Use ese expediente si es este paciente; si no, revise el número.</translation>
    </message>
</context>
<context>
    <name>Ambulo::Scheduling::Internal::SetupWidget</name>
    <message>
        <source>Appointment types</source>
        <translation>Tipos de cita</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>Horario de atención</translation>
    </message>
    <message>
        <source>Blockouts</source>
        <translation>Bloqueos</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Consultorio</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Needs a room</source>
        <translation>Requiere consultorio</translation>
    </message>
    <message>
        <source>Save type</source>
        <translation>Guardar tipo</translation>
    </message>
    <message>
        <source>New type</source>
        <translation>Nuevo tipo</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Color</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Type %1 saved.</source>
        <translation>Tipo %1 guardado.</translation>
    </message>
    <message>
        <source>and</source>
        <translation>y</translation>
    </message>
    <message>
        <source>Save this day</source>
        <translation>Guardar este día</translation>
    </message>
    <message>
        <source>Day off</source>
        <translation>Día libre</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Profesional clínico</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Día de la semana</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horario</translation>
    </message>
    <message>
        <source>%1 is now a day off.</source>
        <translation>%1 ahora es día libre.</translation>
    </message>
    <message>
        <source>%1 %2–%3</source>
        <translation>%1 %2–%3</translation>
    </message>
    <message>
        <source>Hours saved for %1.</source>
        <translation>Horario guardado para %1.</translation>
    </message>
    <message>
        <source>Whole practice</source>
        <translation>Toda la consulta</translation>
    </message>
    <message>
        <source>Every week until</source>
        <translation>Cada semana hasta</translation>
    </message>
    <message>
        <source>Lunch, staff meeting…</source>
        <translation>Comida, reunión del personal…</translation>
    </message>
    <message>
        <source>Add blockout</source>
        <translation>Agregar bloqueo</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Quitar lo seleccionado</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>From–to</source>
        <translation>Desde–hasta</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Room or provider</source>
        <translation>Consultorio o profesional clínico</translation>
    </message>
    <message>
        <source>%1 %2–%3 · %4 · %5</source>
        <translation>%1 %2–%3 · %4 · %5</translation>
    </message>
    <message>
        <source>Weekly from %1 until %2, %3–%4 · %5 · %6</source>
        <translation>Semanal del %1 al %2, %3–%4 · %5 · %6</translation>
    </message>
    <message>
        <source>Blockout added.</source>
        <translation>Bloqueo agregado.</translation>
    </message>
    <message>
        <source>Blockout removed.</source>
        <translation>Bloqueo quitado.</translation>
    </message>
</context>
<context>
    <name>Ambulo::Scheduling::Internal::WaitlistWidget</name>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Profesional clínico</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Any provider</source>
        <translation>Cualquier profesional clínico</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Add banner patient</source>
        <translation>Agregar paciente del encabezado</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>Between</source>
        <translation>Entre</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>del %1 al %2</translation>
    </message>
    <message>
        <source>Open the patient first (Find patient), then add them here.</source>
        <translation>Primero abra al paciente (Buscar paciente) y luego agréguelo aquí.</translation>
    </message>
    <message>
        <source>%1 is on the waitlist.</source>
        <translation>%1 está en la lista de espera.</translation>
    </message>
    <message>
        <source>Removed from the waitlist.</source>
        <translation>Quitado de la lista de espera.</translation>
    </message>
</context>
<context>
    <name>Ambulo::Scheduling::SchedulingModule</name>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>Flow board</source>
        <translation>Tablero de flujo</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Waitlist</source>
        <translation>Lista de espera</translation>
    </message>
    <message>
        <source>Schedule set-up</source>
        <translation>Configuración de la agenda</translation>
    </message>
</context>
<context>
    <name>Ambulo::Scheduling::SiuHandler</name>
    <message>
        <source>%1 &apos;%2&apos; is not a date and time (YYYYMMDDHHMM).</source>
        <translation>%1 “%2” no es una fecha y hora (AAAAMMDDHHMM).</translation>
    </message>
    <message>
        <source>The appointment has no start time (AIS-4 or SCH-11-4).</source>
        <translation>La cita no tiene hora de inicio (AIS-4 o SCH-11-4).</translation>
    </message>
    <message>
        <source>No provider here matches %1 %2 %3 (NPI or name).</source>
        <translation>Ningún profesional clínico de aquí coincide con %1 %2 %3 (NPI o nombre).</translation>
    </message>
    <message>
        <source>The appointment names no provider (AIP-3).</source>
        <translation>La cita no indica ningún profesional clínico (AIP-3).</translation>
    </message>
    <message>
        <source>No room here is called &apos;%1&apos;.</source>
        <translation>Aquí no hay ningún consultorio llamado “%1”.</translation>
    </message>
    <message>
        <source>No appointment type here has the code &apos;%1&apos;.</source>
        <translation>Aquí ningún tipo de cita tiene el código “%1”.</translation>
    </message>
    <message>
        <source>The appointment has no type (AIS-3 or SCH-7).</source>
        <translation>La cita no tiene tipo (AIS-3 o SCH-7).</translation>
    </message>
    <message>
        <source>The appointment has no id (SCH-1 or SCH-2).</source>
        <translation>La cita no tiene id (SCH-1 o SCH-2).</translation>
    </message>
    <message>
        <source>appointment %1 already booked (resend)</source>
        <translation>cita %1 ya agendada (reenvío)</translation>
    </message>
    <message>
        <source>No appointment here has the id %1.</source>
        <translation>Aquí ninguna cita tiene el id %1.</translation>
    </message>
    <message>
        <source>SIU^%1 is not handled here.</source>
        <translation>SIU^%1 no se procesa aquí.</translation>
    </message>
    <message>
        <source>PID-3 holds no patient identifier.</source>
        <translation>PID-3 no contiene ningún identificador de paciente.</translation>
    </message>
    <message>
        <source>No patient is known here by %1 (%2).</source>
        <translation>Aquí no se conoce ningún paciente con %1 (%2).</translation>
    </message>
    <message>
        <source>appointment %1 booked</source>
        <translation>cita %1 agendada</translation>
    </message>
    <message>
        <source>A reschedule needs the new start time (AIS-4 or SCH-11-4).</source>
        <translation>Una reprogramación necesita la nueva hora de inicio (AIS-4 o SCH-11-4).</translation>
    </message>
    <message>
        <source>appointment %1 already at %2 (resend)</source>
        <translation>cita %1 ya a las %2 (reenvío)</translation>
    </message>
    <message>
        <source>appointment %1 rescheduled as %2</source>
        <translation>cita %1 reprogramada como %2</translation>
    </message>
    <message>
        <source>appointment %1 unchanged</source>
        <translation>cita %1 sin cambios</translation>
    </message>
    <message>
        <source>appointment %1 modified</source>
        <translation>cita %1 modificada</translation>
    </message>
    <message>
        <source>appointment %1 already %2 (resend)</source>
        <translation>cita %1 ya en estado %2 (reenvío)</translation>
    </message>
    <message>
        <source>Cancelled by interface %1</source>
        <translation>Cancelada por la interfaz %1</translation>
    </message>
    <message>
        <source>appointment %1 %2</source>
        <translation>cita %1 %2</translation>
    </message>
</context>
<context>
    <name>Core</name>
    <message>
        <source>Encounter %1 is signed; add an addendum instead.</source>
        <translation type="vanished">La consulta %1 está firmada; agregue una adenda en su lugar.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="vanished">línea %1: %2</translation>
    </message>
    <message>
        <source>The %1 must be given with its full path.</source>
        <translation type="vanished">El %1 debe indicarse con su ruta completa.</translation>
    </message>
    <message>
        <source>The %1 &apos;%2&apos; does not exist or cannot be read.</source>
        <translation type="vanished">El %1 &apos;%2&apos; no existe o no se puede leer.</translation>
    </message>
</context>
<context>
    <name>Hl7</name>
    <message>
        <source>PID-3 holds no patient identifier.</source>
        <translation type="vanished">PID-3 no contiene ningún identificador de paciente.</translation>
    </message>
    <message>
        <source>The order has no filler order number.</source>
        <translation type="vanished">La orden no tiene número de orden del ejecutor.</translation>
    </message>
    <message>
        <source>An OBX segment comes before any OBR.</source>
        <translation type="vanished">Un segmento OBX aparece antes de cualquier OBR.</translation>
    </message>
    <message>
        <source>The observation has no code.</source>
        <translation type="vanished">La observación no tiene código.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number (OBX-2 is NM).</source>
        <translation type="vanished">“%1” no es un número (OBX-2 es NM).</translation>
    </message>
    <message>
        <source>The message holds no OBR segment.</source>
        <translation type="vanished">El mensaje no contiene ningún segmento OBR.</translation>
    </message>
    <message>
        <source>No patient is known here by %1, nor has that MRN; results are filed only for registered patients.</source>
        <translation type="vanished">Aquí no se conoce a ningún paciente por %1 ni con ese n.º de expediente; los resultados solo se archivan para pacientes registrados.</translation>
    </message>
</context>
</TS>
