<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>corslab::AccessMatrixModel</name>
    <message>
        <source>The scenario&apos;s request.</source>
        <translation>Запрос сценария.</translation>
    </message>
    <message>
        <source>The page can use: %1</source>
        <translation>Странице доступно: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Запрос</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Отправлен</translation>
    </message>
    <message>
        <source>Loaded</source>
        <translation>Загружен</translation>
    </message>
    <message>
        <source>Readable</source>
        <translation>Читается</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Chromium and Firefox decide this request alike.</source>
        <translation>Chromium и Firefox решают этот запрос одинаково.</translation>
    </message>
    <message>
        <source>Chromium and Firefox differ in: %1</source>
        <translation>Chromium и Firefox расходятся в: %1</translation>
    </message>
    <message>
        <source>Chromium</source>
        <translation>Chromium</translation>
    </message>
    <message>
        <source>Firefox</source>
        <translation>Firefox</translation>
    </message>
</context>
<context>
    <name>corslab::AuditDialog</name>
    <message>
        <source>Audit Server</source>
        <translation>Аудит сервера</translation>
    </message>
    <message>
        <source>Server &amp;URL:</source>
        <translation>&amp;URL сервера:</translation>
    </message>
    <message>
        <source>The origins the server should trust, separated by spaces; the crafted ones are derived from them.</source>
        <translation>Источники, которым сервер должен доверять, через пробел; из них выводятся специально составленные источники.</translation>
    </message>
    <message>
        <source>&amp;Trusted origins:</source>
        <translation>&amp;Доверенные источники:</translation>
    </message>
    <message>
        <source>Probes the server with crafted origins (an unrelated site, null, look-alike names, http://), with and without credentials, simple and preflighted.</source>
        <translation>Проверяет сервер специально составленными источниками (посторонний сайт, null, похожие имена, http://), с учётными данными и без них, простыми запросами и запросами с предзапросом.</translation>
    </message>
    <message>
        <source>&amp;Run Audit</source>
        <translation>&amp;Выполнить аудит</translation>
    </message>
    <message>
        <source>&amp;Export Markdown…</source>
        <translation>&amp;Экспорт в Markdown…</translation>
    </message>
    <message>
        <source>Export Audit</source>
        <translation>Экспорт аудита</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Не удаётся экспортировать</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>Probe %1 of %2: Origin %3</source>
        <translation>Проверка %1 из %2: Origin %3</translation>
    </message>
    <message>
        <source>No findings (%1 requests).</source>
        <translation>Замечаний нет (запросов: %1).</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) (%1 requests).</source>
        <translation>
            <numerusform>%n замечание (запросов: %1).</numerusform>
            <numerusform>%n замечания (запросов: %1).</numerusform>
            <numerusform>%n замечаний (запросов: %1).</numerusform>
        </translation>
    </message>
    <message>
        <source>The configuration for an exact allowlist of the trusted origins:</source>
        <translation>Конфигурация с точным списком доверенных источников:</translation>
    </message>
    <message>
        <source>Why it matters:</source>
        <translation>Почему это важно:</translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation>Исправление:</translation>
    </message>
</context>
<context>
    <name>corslab::AuditFindingsModel</name>
    <message>
        <source>High</source>
        <translation>Высокая</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Средняя</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Низкая</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Серьёзность</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Замечание</translation>
    </message>
    <message>
        <source>Origin that got through</source>
        <translation>Прошедший проверку источник</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
</context>
<context>
    <name>corslab::BrowserStateEditor</name>
    <message>
        <source>Block &amp;third-party cookies</source>
        <translation>Блокировать &amp;сторонние cookie</translation>
    </message>
    <message>
        <source>As the browser&apos;s settings do: a cross-site request sends no unpartitioned cookies</source>
        <translation>Как в настройках браузера: межсайтовый запрос не отправляет неразделённые cookie</translation>
    </message>
    <message>
        <source>Cookie &amp;jar (as if each URL had answered with the Set-Cookie line):</source>
        <translation>&amp;Хранилище cookie (как если бы каждый URL ответил строкой Set-Cookie):</translation>
    </message>
    <message>
        <source>Set by URL</source>
        <translation>Установлена URL</translation>
    </message>
    <message>
        <source>Set-Cookie</source>
        <translation>Set-Cookie</translation>
    </message>
    <message>
        <source>In a frame of (optional)</source>
        <translation>Во фрейме страницы (необязательно)</translation>
    </message>
    <message>
        <source>Add a cookie</source>
        <translation>Добавить cookie</translation>
    </message>
    <message>
        <source>Remove the selected cookie</source>
        <translation>Удалить выбранную cookie</translation>
    </message>
    <message>
        <source>Page response &amp;headers (Referrer-Policy, Cross-Origin-Embedder-Policy, …):</source>
        <translation>&amp;Заголовки ответа страницы (Referrer-Policy, Cross-Origin-Embedder-Policy, …):</translation>
    </message>
</context>
<context>
    <name>corslab::ConnectionOptions</name>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source>How long one request may take in all, answer and body: a server that trickles bytes is cut off.</source>
        <translation>Сколько может длиться один запрос целиком, ответ и тело: сервер, отдающий байты по капле, будет прерван.</translation>
    </message>
    <message>
        <source>&amp;Timeout per request:</source>
        <translation>Тайм-&amp;аут запроса:</translation>
    </message>
    <message>
        <source>Accept a certificate that does not verify (self-signed)</source>
        <translation>Принимать сертификат, не прошедший проверку (самоподписанный)</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
</context>
<context>
    <name>corslab::DocumentFiles</name>
    <message>
        <source>Cannot save</source>
        <translation>Не удаётся сохранить</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>Save Scenario</source>
        <translation>Сохранение сценария</translation>
    </message>
    <message>
        <source>corslab scenarios (*.cors.json)</source>
        <translation>Сценарии corslab (*.cors.json)</translation>
    </message>
    <message>
        <source>the untitled scenario</source>
        <translation>сценарий без имени</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>Save the changes to %1?</source>
        <translation>Сохранить изменения в «%1»?</translation>
    </message>
    <message>
        <source>Open Scenario</source>
        <translation>Открытие сценария</translation>
    </message>
    <message>
        <source>corslab scenarios (*.cors.json);;JSON files (*.json)</source>
        <translation>Сценарии corslab (*.cors.json);;Файлы JSON (*.json)</translation>
    </message>
    <message>
        <source>(no recent files)</source>
        <translation>(нет недавних файлов)</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Очистить список</translation>
    </message>
    <message>
        <source>Recover unsaved scenario?</source>
        <translation>Восстановить несохранённый сценарий?</translation>
    </message>
    <message>
        <source>corslab did not close normally last time. Recover the scenario you were editing (%1, autosaved %2)?</source>
        <translation>В прошлый раз corslab завершился некорректно. Восстановить сценарий, который вы редактировали (%1, автосохранение от %2)?</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>без имени</translation>
    </message>
    <message>
        <source>Cannot recover</source>
        <translation>Не удаётся восстановить</translation>
    </message>
    <message>
        <source>The autosaved scenario cannot be read; it stays at %1.

%2</source>
        <translation>Автосохранённый сценарий не читается; он остаётся в %1.

%2</translation>
    </message>
    <message>
        <source>Cannot reload</source>
        <translation>Не удалось перезагрузить</translation>
    </message>
    <message>
        <source>%1 is not a valid scenario file now; the scenario in the window is kept.

%2</source>
        <translation>%1 сейчас не является правильным файлом сценария; сценарий в окне сохранён без изменений.

%2</translation>
    </message>
    <message>
        <source>Reload from disk</source>
        <translation>Перезагрузка с диска</translation>
    </message>
</context>
<context>
    <name>corslab::ExchangeModel</name>
    <message>
        <source>preflight</source>
        <translation>предзапрос</translation>
    </message>
    <message>
        <source>request</source>
        <translation>запрос</translation>
    </message>
    <message>
        <source>redirect</source>
        <translation>перенаправление</translation>
    </message>
    <message>
        <source>no response</source>
        <translation>нет ответа</translation>
    </message>
    <message>
        <source>cookies go along</source>
        <translation>cookie отправляются</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Метод</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Request headers</source>
        <translation>Заголовки запроса</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>corslab::Explanation</name>
    <message>
        <source>Request setup</source>
        <translation>Подготовка запроса</translation>
    </message>
    <message>
        <source>%1 makes a %2 request: mode &quot;%3&quot;, credentials &quot;%4&quot;.</source>
        <translation>%1 создаёт запрос %2: режим &quot;%3&quot;, учётные данные &quot;%4&quot;.</translation>
    </message>
    <message>
        <source>Same origin?</source>
        <translation>Тот же источник?</translation>
    </message>
    <message>
        <source>%1 and %2 are the same origin.</source>
        <translation>%1 и %2 — один и тот же источник.</translation>
    </message>
    <message>
        <source>%1 and %2 differ in scheme, host or port: a cross-origin request.</source>
        <translation>%1 и %2 различаются схемой, хостом или портом: запрос к другому источнику.</translation>
    </message>
    <message>
        <source>Mixed content</source>
        <translation>Смешанное содержимое</translation>
    </message>
    <message>
        <source>The https page asks for %1; Chromium upgrades it to %2.</source>
        <translation>Страница https запрашивает %1; Chromium повышает запрос до %2.</translation>
    </message>
    <message>
        <source>The https page asks for the insecure %1; Chromium blocks it.</source>
        <translation>Страница https запрашивает небезопасный %1; Chromium его блокирует.</translation>
    </message>
    <message>
        <source>Credentials in the URL</source>
        <translation>Учётные данные в URL</translation>
    </message>
    <message>
        <source>%1 contains a user name or password.</source>
        <translation>%1 содержит имя пользователя или пароль.</translation>
    </message>
    <message>
        <source>Scheme supports CORS?</source>
        <translation>Схема поддерживает CORS?</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an HTTP(S) scheme; CORS requests need one.</source>
        <translation>&quot;%1&quot; — не схема HTTP(S); для запросов CORS она нужна.</translation>
    </message>
    <message>
        <source>Main fetch</source>
        <translation>Основная выборка (main fetch)</translation>
    </message>
    <message>
        <source>Same origin (or a navigation): fetched without CORS, fully visible.</source>
        <translation>Тот же источник (или переход): загружается без CORS, виден полностью.</translation>
    </message>
    <message>
        <source>Mode &quot;no-cors&quot;: fetched, but the response is opaque to the page.</source>
        <translation>Режим &quot;no-cors&quot;: загружается, но ответ для страницы непрозрачен.</translation>
    </message>
    <message>
        <source>Mode &quot;same-origin&quot; forbids another origin.</source>
        <translation>Режим &quot;same-origin&quot; запрещает другой источник.</translation>
    </message>
    <message>
        <source>Cross-origin with mode &quot;cors&quot;: the response must pass the CORS check.</source>
        <translation>Другой источник в режиме &quot;cors&quot;: ответ должен пройти проверку CORS.</translation>
    </message>
    <message>
        <source>no-cors method</source>
        <translation>Метод no-cors</translation>
    </message>
    <message>
        <source>%1 is not GET, HEAD or POST, which no-cors requires.</source>
        <translation>%1 — не GET, HEAD или POST, а no-cors требует один из них.</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Песочница</translation>
    </message>
    <message>
        <source>The page is sandboxed without allow-forms: the form is not submitted.</source>
        <translation>Страница в песочнице без allow-forms: форма не отправляется.</translation>
    </message>
    <message>
        <source>Origin header</source>
        <translation>Заголовок Origin</translation>
    </message>
    <message>
        <source>No Origin header is sent.</source>
        <translation>Заголовок Origin не отправляется.</translation>
    </message>
    <message>
        <source>Origin: %1</source>
        <translation>Origin: %1</translation>
    </message>
    <message>
        <source>Cookies</source>
        <translation>Cookie</translation>
    </message>
    <message>
        <source>Credentials mode &quot;%1&quot;: cookies go along.</source>
        <translation>Режим учётных данных &quot;%1&quot;: cookie отправляются.</translation>
    </message>
    <message>
        <source>Credentials mode &quot;%1&quot;: no cookies are sent.</source>
        <translation>Режим учётных данных &quot;%1&quot;: cookie не отправляются.</translation>
    </message>
    <message>
        <source>Preflight needed?</source>
        <translation>Нужен предзапрос?</translation>
    </message>
    <message>
        <source>Safelisted method and headers: no preflight.</source>
        <translation>Метод и заголовки из безопасного списка: предзапрос не нужен.</translation>
    </message>
    <message>
        <source>Not safelisted: %1. The browser asks first with OPTIONS.</source>
        <translation>Не из безопасного списка: %1. Браузер сначала спрашивает запросом OPTIONS.</translation>
    </message>
    <message>
        <source>Preflight cache</source>
        <translation>Кэш предзапросов</translation>
    </message>
    <message>
        <source>An earlier preflight still covers this request.</source>
        <translation>Этот запрос ещё покрыт более ранним предзапросом.</translation>
    </message>
    <message>
        <source>Preflight status</source>
        <translation>Статус предзапроса</translation>
    </message>
    <message>
        <source>%1 is an ok status.</source>
        <translation>%1 — успешный статус.</translation>
    </message>
    <message>
        <source>The preflight answered %1, not 200–299.</source>
        <translation>Предзапрос получил ответ %1, а не 200–299.</translation>
    </message>
    <message>
        <source>Preflight redirect</source>
        <translation>Перенаправление предзапроса</translation>
    </message>
    <message>
        <source>The preflight was answered with a redirect, which is never followed.</source>
        <translation>На предзапрос ответили перенаправлением, а по нему браузер никогда не переходит.</translation>
    </message>
    <message>
        <source>CORS check (preflight)</source>
        <translation>Проверка CORS (предзапрос)</translation>
    </message>
    <message>
        <source>Access-Control-Allow-Origin (and -Credentials) allow this origin.</source>
        <translation>Access-Control-Allow-Origin (и -Credentials) разрешают этот источник.</translation>
    </message>
    <message>
        <source>Failed: %1 %2</source>
        <translation>Не пройдено: %1 %2</translation>
    </message>
    <message>
        <source>Access-Control-Allow-Methods</source>
        <translation>Access-Control-Allow-Methods</translation>
    </message>
    <message>
        <source>%1 is allowed.</source>
        <translation>%1 разрешён.</translation>
    </message>
    <message>
        <source>Access-Control-Allow-Headers</source>
        <translation>Access-Control-Allow-Headers</translation>
    </message>
    <message>
        <source>Every non-safelisted header is allowed.</source>
        <translation>Все заголовки не из безопасного списка разрешены.</translation>
    </message>
    <message>
        <source>Chromium caches this preflight for %1 s (Access-Control-Max-Age; default 5 s, at most 2 h).</source>
        <translation>Chromium кэширует этот предзапрос на %1 с (Access-Control-Max-Age; по умолчанию 5 с, не более 2 ч).</translation>
    </message>
    <message>
        <source>CORS check</source>
        <translation>Проверка CORS</translation>
    </message>
    <message>
        <source>Redirect</source>
        <translation>Перенаправление</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 на %2</translation>
    </message>
    <message>
        <source>Redirect limit</source>
        <translation>Предел перенаправлений</translation>
    </message>
    <message>
        <source>More than %1 redirects.</source>
        <translation>Больше %1 перенаправлений.</translation>
    </message>
    <message>
        <source>Redirect to credentials</source>
        <translation>Перенаправление на URL с учётными данными</translation>
    </message>
    <message>
        <source>The redirect goes to %1, which contains a user name or password.</source>
        <translation>Перенаправление ведёт на %1, где есть имя пользователя или пароль.</translation>
    </message>
    <message>
        <source>Tainted origin</source>
        <translation>Испорченный источник</translation>
    </message>
    <message>
        <source>Redirected across origins from %1 to %2: from now on the Origin is &quot;null&quot;.</source>
        <translation>Перенаправление между источниками с %1 на %2: отныне Origin равен &quot;null&quot;.</translation>
    </message>
    <message>
        <source>Authorization dropped</source>
        <translation>Authorization удалён</translation>
    </message>
    <message>
        <source>The redirect to %1 crosses origins: the Authorization header is removed.</source>
        <translation>Перенаправление на %1 ведёт в другой источник: заголовок Authorization удаляется.</translation>
    </message>
    <message>
        <source>Method rewrite</source>
        <translation>Замена метода</translation>
    </message>
    <message>
        <source>%2 turns %1 into GET and drops the body.</source>
        <translation>%2 превращает %1 в GET и отбрасывает тело.</translation>
    </message>
    <message>
        <source>Opaque response</source>
        <translation>Непрозрачный ответ</translation>
    </message>
    <message>
        <source>The page gets an opaque response: no status, headers or body.</source>
        <translation>Страница получает непрозрачный ответ: без статуса, заголовков и тела.</translation>
    </message>
    <message>
        <source>Opaque-response blocking</source>
        <translation>Блокировка непрозрачных ответов (ORB)</translation>
    </message>
    <message>
        <source>A no-cors response of type &quot;%1&quot; is not an image, media, script or stylesheet: blocked.</source>
        <translation>Ответ no-cors типа &quot;%1&quot; — не изображение, медиа, скрипт или таблица стилей: заблокирован.</translation>
    </message>
    <message>
        <source>Exposed headers</source>
        <translation>Открытые заголовки</translation>
    </message>
    <message>
        <source>Script can read no response headers.</source>
        <translation>Скрипт не может прочитать ни одного заголовка ответа.</translation>
    </message>
    <message>
        <source>Script can read: %1</source>
        <translation>Скрипт может прочитать: %1</translation>
    </message>
    <message>
        <source>What the page can use</source>
        <translation>Что может использовать страница</translation>
    </message>
    <message>
        <source>The %1 is CORS-same-origin: the page can read it.</source>
        <translation>%1 — CORS-same-origin: страница может его прочитать.</translation>
    </message>
    <message>
        <source>The %1 loads, but its contents are not readable across origins.</source>
        <translation>%1 загружается, но его содержимое не читается из другого источника.</translation>
    </message>
    <message>
        <source>Element load</source>
        <translation>Загрузка элемента</translation>
    </message>
    <message>
        <source>The element cannot use the response (status %1, type &quot;%2&quot;): its error event fires.</source>
        <translation>Элемент не может использовать ответ (статус %1, тип &quot;%2&quot;): срабатывает событие error.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <source>No route answers %1 %2: 404 with no headers.</source>
        <translation>Ни один маршрут не отвечает на %1 %2: 404 без заголовков.</translation>
    </message>
    <message>
        <source>In the page: set %1 to %2.</source>
        <translation>На странице: установить %1 в %2.</translation>
    </message>
    <message>
        <source>status %1</source>
        <translation>статус %1</translation>
    </message>
    <message>
        <source>remove %1</source>
        <translation>удалить %1</translation>
    </message>
    <message>
        <source>Server, response to %1: %2</source>
        <translation>Сервер, ответ на %1: %2</translation>
    </message>
    <message>
        <source>Server, add a response to %1: %2</source>
        <translation>Сервер, добавить ответ на %1: %2</translation>
    </message>
    <message>
        <source>  Verdict: </source>
        <translation>  Вердикт: </translation>
    </message>
    <message>
        <source>
  Origin </source>
        <translation>
  Источник </translation>
    </message>
    <message>
        <source>, same origin</source>
        <translation>, тот же источник</translation>
    </message>
    <message>
        <source>, cross-origin</source>
        <translation>, другой источник</translation>
    </message>
    <message>
        <source>, same site</source>
        <translation>, тот же сайт</translation>
    </message>
    <message>
        <source>, cross-site</source>
        <translation>, другой сайт</translation>
    </message>
    <message>
        <source>  preflight %1 · sent %2 · blocked %3 · readable %4
</source>
        <translation>  предзапрос %1 · отправлен %2 · заблокирован %3 · читается %4
</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>
  On the wire:
</source>
        <translation>
  В сети:
</translation>
    </message>
    <message>
        <source>
  Steps:
</source>
        <translation>
  Шаги:
</translation>
    </message>
    <message>
        <source>
  Script can read headers: </source>
        <translation>
  Скрипт может прочитать заголовки: </translation>
    </message>
    <message>
        <source>
  Console (Chromium):
    </source>
        <translation>
  Консоль (Chromium):
    </translation>
    </message>
    <message>
        <source>
  Fix:
</source>
        <translation>
  Исправление:
</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Заблокировано</translation>
    </message>
    <message>
        <source>Opaque</source>
        <translation>Непрозрачно</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Разрешено</translation>
    </message>
    <message>
        <source>any method</source>
        <translation>любой метод</translation>
    </message>
    <message>
        <source>the origins your pages really use</source>
        <translation>источники, которые действительно используют ваши страницы</translation>
    </message>
    <message>
        <source>Compare Origin with an exact list (%1), character for character: no regex, no prefix or suffix match, and never echo Origin back for anything else. Send Vary: Origin.</source>
        <translation>Сравнивайте Origin с точным списком (%1) посимвольно: без регулярных выражений, без сравнения по префиксу или суффиксу, и ни для какого другого источника не возвращайте Origin в ответе. Отправляйте Vary: Origin.</translation>
    </message>
    <message>
        <source>Any origin is reflected, with credentials</source>
        <translation>Отражается любой источник, с учётными данными</translation>
    </message>
    <message>
        <source>Any web page (here %1) can read this URL&apos;s responses with the visitor&apos;s cookies: whatever a signed-in user sees, an attacker&apos;s page reads.</source>
        <translation>Любая веб-страница (здесь %1) может читать ответы этого URL с cookie посетителя: всё, что видит вошедший пользователь, читает и страница злоумышленника.</translation>
    </message>
    <message>
        <source>The origin null is trusted</source>
        <translation>Источник null считается доверенным</translation>
    </message>
    <message>
        <source>Any page can get the origin null, from a sandboxed iframe or a data: URL, so trusting it trusts everyone%1.</source>
        <translation>Любая страница может получить источник null — из iframe-песочницы или URL data:, — поэтому доверять ему значит доверять всем%1.</translation>
    </message>
    <message>
        <source>, cookies included</source>
        <translation>, причём с cookie</translation>
    </message>
    <message>
        <source>Remove null from the allowlist. </source>
        <translation>Уберите null из списка разрешённых источников. </translation>
    </message>
    <message>
        <source>The allowlist accepts a look-alike ending</source>
        <translation>Список разрешённых пропускает похожее окончание</translation>
    </message>
    <message>
        <source>%1 is accepted: the check matches the end of the origin, and anyone can register a domain that ends the same way.</source>
        <translation>%1 принимается: проверка сравнивает конец источника, а зарегистрировать домен с таким же окончанием может кто угодно.</translation>
    </message>
    <message>
        <source>The allowlist accepts a look-alike beginning</source>
        <translation>Список разрешённых пропускает похожее начало</translation>
    </message>
    <message>
        <source>%1 is accepted: the check matches the beginning of the origin (a regex without $), and anyone can put a trusted name in front of their own domain.</source>
        <translation>%1 принимается: проверка сравнивает начало источника (регулярное выражение без $), а поставить доверенное имя перед своим доменом может кто угодно.</translation>
    </message>
    <message>
        <source>The allowlist has an unescaped dot</source>
        <translation>В списке разрешённых неэкранированная точка</translation>
    </message>
    <message>
        <source>%1 is accepted: a &apos;.&apos; in the pattern matches any character, so a domain with a letter in place of a dot passes.</source>
        <translation>%1 принимается: «.» в шаблоне соответствует любому символу, поэтому проходит домен с буквой вместо точки.</translation>
    </message>
    <message>
        <source>Escape every dot (\.) and anchor the pattern (^…$), or better: </source>
        <translation>Экранируйте каждую точку (\.) и привяжите шаблон к началу и концу (^…$), а лучше: </translation>
    </message>
    <message>
        <source>An http:// origin is trusted</source>
        <translation>Доверенным считается источник http://</translation>
    </message>
    <message>
        <source>%1 is accepted: anyone on the network path (public Wi-Fi) can inject script into the http page and read the responses%2.</source>
        <translation>%1 принимается: любой на сетевом пути (публичный Wi-Fi) может внедрить скрипт в http-страницу и читать ответы%2.</translation>
    </message>
    <message>
        <source> with cookies</source>
        <translation> с cookie</translation>
    </message>
    <message>
        <source>Trust only https:// origins. </source>
        <translation>Доверяйте только источникам https://. </translation>
    </message>
    <message>
        <source>Access-Control-Allow-Origin: * with credentials</source>
        <translation>Access-Control-Allow-Origin: * с учётными данными</translation>
    </message>
    <message>
        <source>Browsers refuse * on a credentialed request, so pages that send cookies are blocked; the usual wrong &quot;fix&quot; is to reflect any origin.</source>
        <translation>Браузеры не принимают * в ответ на запрос с учётными данными, поэтому страницы, отправляющие cookie, блокируются; обычное неверное «исправление» — отражать любой источник.</translation>
    </message>
    <message>
        <source>For credentialed requests name the origin: </source>
        <translation>Для запросов с учётными данными указывайте источник явно: </translation>
    </message>
    <message>
        <source>Vary: Origin is missing</source>
        <translation>Нет заголовка Vary: Origin</translation>
    </message>
    <message>
        <source>Access-Control-Allow-Origin depends on the request&apos;s Origin, but the response does not say so: a cache (CDN, proxy, the browser&apos;s own) can hand one origin&apos;s answer to another, blocking real users or exposing a response.</source>
        <translation>Access-Control-Allow-Origin зависит от Origin запроса, но ответ об этом не сообщает: кэш (CDN, прокси, собственный кэш браузера) может отдать ответ, предназначенный одному источнику, другому — и заблокировать настоящих пользователей или раскрыть ответ.</translation>
    </message>
    <message>
        <source>Send Vary: Origin on every response whose CORS headers depend on Origin, errors included.</source>
        <translation>Отправляйте Vary: Origin в каждом ответе, заголовки CORS которого зависят от Origin, включая ответы с ошибками.</translation>
    </message>
    <message>
        <source>Preflight requests are not answered</source>
        <translation>Предзапросы остаются без ответа</translation>
    </message>
    <message>
        <source>The OPTIONS request from %1 fails (%2), so every request that needs a preflight (JSON bodies, custom headers, PUT, DELETE) is blocked.</source>
        <translation>Запрос OPTIONS от %1 завершается неудачей (%2), поэтому блокируется каждый запрос, которому нужен предзапрос (тело JSON, собственные заголовки, PUT, DELETE).</translation>
    </message>
    <message>
        <source>Answer OPTIONS with 204, Access-Control-Allow-Origin (the exact origin), Access-Control-Allow-Methods, Access-Control-Allow-Headers and Access-Control-Max-Age.</source>
        <translation>Отвечайте на OPTIONS статусом 204 с Access-Control-Allow-Origin (точный источник), Access-Control-Allow-Methods, Access-Control-Allow-Headers и Access-Control-Max-Age.</translation>
    </message>
    <message>
        <source>Preflight answers are incomplete</source>
        <translation>Ответы на предзапросы неполные</translation>
    </message>
    <message>
        <source>The preflight from %1 is answered but refused (%2): a POST with Content-Type: application/json is blocked.</source>
        <translation>Предзапрос от %1 получает ответ, но отклоняется (%2): POST с Content-Type: application/json блокируется.</translation>
    </message>
    <message>
        <source>List the methods and request headers your pages use in Access-Control-Allow-Methods and Access-Control-Allow-Headers (and Access-Control-Allow-Credentials: true where requests carry cookies).</source>
        <translation>Перечислите методы и заголовки запросов, которые используют ваши страницы, в Access-Control-Allow-Methods и Access-Control-Allow-Headers (и добавьте Access-Control-Allow-Credentials: true там, где запросы несут cookie).</translation>
    </message>
    <message>
        <source>A redirect leads to another origin</source>
        <translation>Перенаправление ведёт в другой источник</translation>
    </message>
    <message>
        <source>After a cross-origin redirect the browser sends Origin: null, so the next server must allow null (which trusts everyone) or the request fails.</source>
        <translation>После перенаправления в другой источник браузер отправляет Origin: null, поэтому следующий сервер должен разрешить null (а это доверие всем), иначе запрос не выполнится.</translation>
    </message>
    <message>
        <source>Point pages at the final URL, or redirect within the same origin.</source>
        <translation>Направляйте страницы сразу на конечный URL или перенаправляйте в пределах того же источника.</translation>
    </message>
    <message>
        <source>Audit of %1 (%2 probes; trusted: %3)
</source>
        <translation>Аудит %1 (проверочных запросов: %2; доверенные: %3)
</translation>
    </message>
    <message>
        <source>none given</source>
        <translation>не указаны</translation>
    </message>
    <message>
        <source>  No findings.
</source>
        <translation>  Замечаний нет.
</translation>
    </message>
    <message>
        <source>    origin %1, %2
</source>
        <translation>    источник %1, %2
</translation>
    </message>
    <message>
        <source>    Why it matters: </source>
        <translation>    Почему это важно: </translation>
    </message>
    <message>
        <source>    Fix: </source>
        <translation>    Исправление: </translation>
    </message>
    <message>
        <source># CORS audit of %1

%2 probes; trusted origins: %3.

</source>
        <translation># Аудит CORS для %1

Проверочных запросов: %2; доверенные источники: %3.

</translation>
    </message>
    <message>
        <source>No findings.
</source>
        <translation>Замечаний нет.
</translation>
    </message>
    <message>
        <source>| severity | finding | origin | URL |
| --- | --- | --- | --- |
</source>
        <translation>| серьёзность | замечание | источник | URL |
| --- | --- | --- | --- |
</translation>
    </message>
    <message>
        <source>**Why it matters:** </source>
        <translation>**Почему это важно:** </translation>
    </message>
    <message>
        <source>**Fix:** </source>
        <translation>**Исправление:** </translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>Сетевая ошибка</translation>
    </message>
    <message>
        <source>%1 answered 407 Proxy Authentication Required, but it is no proxy: Chromium fails the load (net::ERR_UNEXPECTED_PROXY_AUTH).</source>
        <translation>%1 ответил 407 Proxy Authentication Required, но это не прокси: Chromium прерывает загрузку (net::ERR_UNEXPECTED_PROXY_AUTH).</translation>
    </message>
    <message>
        <source>Chromium never follows a redirect to %1, a local scheme (net::ERR_UNSAFE_REDIRECT).</source>
        <translation>Chromium никогда не следует перенаправлению на %1 — это локальная схема (net::ERR_UNSAFE_REDIRECT).</translation>
    </message>
    <message>
        <source>The redirect goes to %1, a scheme the browser cannot fetch (net::ERR_UNKNOWN_URL_SCHEME).</source>
        <translation>Перенаправление ведёт на %1 — схему, которую браузер загрузить не может (net::ERR_UNKNOWN_URL_SCHEME).</translation>
    </message>
    <message>
        <source>%1 answered only %2, an interim response, and closed the connection: no final response (net::ERR_EMPTY_RESPONSE).</source>
        <translation>%1 ответил только промежуточным %2 и закрыл соединение: окончательного ответа нет (net::ERR_EMPTY_RESPONSE).</translation>
    </message>
    <message>
        <source>External protocol</source>
        <translation>Внешний протокол</translation>
    </message>
    <message>
        <source>Chromium does not load %1 itself: the navigation goes to the system&apos;s handler for its scheme, and the page stays.</source>
        <translation>Chromium не загружает %1 сам: переход передаётся системному обработчику этой схемы, страница остаётся на месте.</translation>
    </message>
    <message>
        <source>
  Same-origin policy (scheme, host, port, site):
</source>
        <translation>
  Политика одного источника (схема, хост, порт, сайт):
</translation>
    </message>
    <message>
        <source>page</source>
        <translation>страница</translation>
    </message>
    <message>
        <source>request</source>
        <translation>запрос</translation>
    </message>
    <message>
        <source>redirect %1</source>
        <translation>перенаправление %1</translation>
    </message>
    <message>
        <source>opaque origin: same-origin with nothing else</source>
        <translation>непрозрачный источник: ни с чем другим не совпадает</translation>
    </message>
    <message>
        <source>same origin</source>
        <translation>тот же источник</translation>
    </message>
    <message>
        <source>cross-origin, same site</source>
        <translation>другой источник, тот же сайт</translation>
    </message>
    <message>
        <source>cross-site</source>
        <translation>другой сайт</translation>
    </message>
    <message>
        <source>The page is not a secure context (https, or http on localhost): its Cross-Origin-Embedder-Policy is ignored.</source>
        <translation>Страница не является безопасным контекстом (https или http на localhost): её Cross-Origin-Embedder-Policy не учитывается.</translation>
    </message>
    <message>
        <source>Cross-Origin-Embedder-Policy: %1 names no policy that applies (require-corp or credentialless, as one token).</source>
        <translation>Cross-Origin-Embedder-Policy: %1 не задаёт действующей политики (нужен один токен require-corp или credentialless).</translation>
    </message>
    <message>
        <source>The page&apos;s COEP is credentialless: its no-cors loads from other origins go without cookies, and a frame needs CORP and a COEP of its own.</source>
        <translation>COEP страницы — credentialless: её загрузки no-cors с других источников идут без cookie, а фрейму нужны CORP и собственный COEP.</translation>
    </message>
    <message>
        <source>The page&apos;s COEP is require-corp: every no-cors load from another origin needs Cross-Origin-Resource-Policy, and a frame a COEP of its own.</source>
        <translation>COEP страницы — require-corp: каждой загрузке no-cors с другого источника нужен Cross-Origin-Resource-Policy, а фрейму — собственный COEP.</translation>
    </message>
    <message>
        <source>Report-only: %1, which reports and never blocks.</source>
        <translation>Только отчёт (Report-Only): %1 — сообщает о нарушениях, но никогда не блокирует.</translation>
    </message>
    <message>
        <source>allowed.</source>
        <translation>разрешено.</translation>
    </message>
    <message>
        <source>blocked (%1).</source>
        <translation>заблокировано (%1).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is none of same-origin, same-site, cross-origin (in that case): ignored, so %2</source>
        <translation>&quot;%1&quot; — не same-origin, same-site или cross-origin (регистр важен): значение не учитывается, поэтому %2</translation>
    </message>
    <message>
        <source>same-origin: only %1&apos;s own origin may embed it; %2</source>
        <translation>same-origin: встраивать %1 может только его собственный источник; %2</translation>
    </message>
    <message>
        <source>same-site: only %1&apos;s site may embed it (an https response only an https page); %2</source>
        <translation>same-site: встраивать %1 может только его сайт (ответ по https — только страница https); %2</translation>
    </message>
    <message>
        <source>cross-origin: any page may embed it; %1</source>
        <translation>cross-origin: встраивать может любая страница; %1</translation>
    </message>
    <message>
        <source>No usable Cross-Origin-Resource-Policy, and the page&apos;s COEP %1 makes it same-origin; %2</source>
        <translation>Пригодного Cross-Origin-Resource-Policy нет, и COEP страницы %1 превращает его в same-origin; %2</translation>
    </message>
    <message>
        <source>No Cross-Origin-Resource-Policy, and the page&apos;s COEP %1 asks for none here; %2</source>
        <translation>Cross-Origin-Resource-Policy нет, и COEP страницы %1 здесь его не требует; %2</translation>
    </message>
    <message>
        <source>X-Frame-Options: %1 is not consulted: frame-ancestors decides.</source>
        <translation>X-Frame-Options: %1 не учитывается: решает frame-ancestors.</translation>
    </message>
    <message>
        <source>DENY: no page may show the document in a frame, not even its own origin.</source>
        <translation>DENY: ни одна страница не может показать документ во фрейме, даже страница его собственного источника.</translation>
    </message>
    <message>
        <source>SAMEORIGIN, and the page %1 is the document&apos;s origin.</source>
        <translation>SAMEORIGIN, и страница %1 — источник самого документа.</translation>
    </message>
    <message>
        <source>SAMEORIGIN, and the page %1 is another origin.</source>
        <translation>SAMEORIGIN, а страница %1 — другой источник.</translation>
    </message>
    <message>
        <source>ALLOWALL: any page may show the document.</source>
        <translation>ALLOWALL: показать документ может любая страница.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: values that disagree, taken as DENY.</source>
        <translation>&quot;%1&quot;: противоречащие друг другу значения, принимаются как DENY.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no value Chromium knows (ALLOW-FROM is obsolete): ignored.</source>
        <translation>&quot;%1&quot; — значение, неизвестное Chromium (ALLOW-FROM устарело): не учитывается.</translation>
    </message>
    <message>
        <source>Credentials mode &quot;%1&quot;, but the page&apos;s COEP is credentialless: a no-cors request to another origin goes without cookies.</source>
        <translation>Режим учётных данных &quot;%1&quot;, но COEP страницы — credentialless: запрос no-cors к другому источнику идёт без cookie.</translation>
    </message>
    <message>
        <source>Cross-Origin-Embedder-Policy</source>
        <translation>Cross-Origin-Embedder-Policy</translation>
    </message>
    <message>
        <source>Cross-Origin-Resource-Policy</source>
        <translation>Cross-Origin-Resource-Policy</translation>
    </message>
    <message>
        <source>The frame&apos;s own COEP</source>
        <translation>Собственный COEP фрейма</translation>
    </message>
    <message>
        <source>The frame&apos;s COEP is %1, as the page&apos;s %2 requires.</source>
        <translation>COEP фрейма — %1, как того требует COEP страницы %2.</translation>
    </message>
    <message>
        <source>The page&apos;s COEP is %2, and the frame %3 sends none of require-corp or credentialless (%1).</source>
        <translation>COEP страницы — %2, а фрейм %3 не отправляет ни require-corp, ни credentialless (%1).</translation>
    </message>
    <message>
        <source>frame-ancestors</source>
        <translation>frame-ancestors</translation>
    </message>
    <message>
        <source>%1 lets the page %2 frame the document.</source>
        <translation>%1 разрешает странице %2 встроить документ во фрейм.</translation>
    </message>
    <message>
        <source>%1 does not let the page %2 frame the document: refused.</source>
        <translation>%1 не разрешает странице %2 встроить документ во фрейм: отказано.</translation>
    </message>
    <message>
        <source>X-Frame-Options</source>
        <translation>X-Frame-Options</translation>
    </message>
    <message>
        <source>%1 belongs to another host or domain: not sent.</source>
        <translation>%1 принадлежит другому хосту или домену: не отправляется.</translation>
    </message>
    <message>
        <source>%1 is for another path: not sent.</source>
        <translation>%1 задана для другого пути: не отправляется.</translation>
    </message>
    <message>
        <source>%1 is Secure, but was set over an insecure connection: the browser refused to store it.</source>
        <translation>%1 помечена Secure, но установлена по незащищённому соединению: браузер отказался её сохранить.</translation>
    </message>
    <message>
        <source>%1 is Secure and this URL is not: not sent.</source>
        <translation>%1 помечена Secure, а этот URL незащищённый: не отправляется.</translation>
    </message>
    <message>
        <source>%1 is SameSite=Strict and this %2 request is %3: not sent.</source>
        <translation>%1 имеет SameSite=Strict, а этот запрос %2 — %3: не отправляется.</translation>
    </message>
    <message>
        <source>%1 is SameSite=Lax and this is a %3 %2: not sent (this is what stops CSRF).</source>
        <translation>%1 имеет SameSite=Lax, а это %2 (%3): не отправляется (именно это останавливает CSRF).</translation>
    </message>
    <message>
        <source>%1 has no SameSite attribute, so Chromium treats it as Lax, and this is a %3 %2: not sent.</source>
        <translation>У %1 нет атрибута SameSite, поэтому Chromium считает её Lax, а это %2 (%3): не отправляется.</translation>
    </message>
    <message>
        <source>%1 is SameSite=None without Secure: Chromium refused to store it.</source>
        <translation>%1 имеет SameSite=None без Secure: Chromium отказался её сохранить.</translation>
    </message>
    <message>
        <source>%1 is a third-party cookie here, and third-party cookies are blocked: not sent.</source>
        <translation>%1 здесь сторонняя cookie, а сторонние cookie заблокированы: не отправляется.</translation>
    </message>
    <message>
        <source>%1 is Partitioned, stored for another top-level site: not sent.</source>
        <translation>%1 помечена Partitioned и сохранена для другого сайта верхнего уровня: не отправляется.</translation>
    </message>
    <message>
        <source>%1 stays home: this request carries no credentials.</source>
        <translation>%1 остаётся дома: этот запрос идёт без учётных данных.</translation>
    </message>
    <message>
        <source>%1 breaks its __Secure- or __Host- prefix&apos;s rules: the browser refused to store it.</source>
        <translation>%1 нарушает правила своего префикса __Secure- или __Host-: браузер отказался её сохранить.</translation>
    </message>
    <message>
        <source>%1 names a Domain its URL cannot set cookies for: the browser refused to store it.</source>
        <translation>%1 указывает Domain, для которого её URL не может устанавливать cookie: браузер отказался её сохранить.</translation>
    </message>
    <message>
        <source>%1 is Partitioned without Secure: the browser refused to store it.</source>
        <translation>%1 помечена Partitioned без Secure: браузер отказался её сохранить.</translation>
    </message>
    <message>
        <source>%1 expired at once or is no cookie line: nothing was stored.</source>
        <translation>%1 сразу истекла или это не строка cookie: ничего не сохранено.</translation>
    </message>
    <message>
        <source>Cookie not stored</source>
        <translation>Cookie не сохранена</translation>
    </message>
    <message>
        <source>Cookie withheld</source>
        <translation>Cookie не отправлена</translation>
    </message>
    <message>
        <source>Referrer policy</source>
        <translation>Политика реферера</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a referrer policy: fetch() throws a TypeError and sends nothing.</source>
        <translation>&quot;%1&quot; — не политика реферера: fetch() выбрасывает TypeError и ничего не отправляет.</translation>
    </message>
    <message>
        <source>Credentials mode &quot;%1&quot;: Cookie: %2</source>
        <translation>Режим учётных данных &quot;%1&quot;: Cookie: %2</translation>
    </message>
    <message>
        <source>Credentials mode &quot;%1&quot;: cookies may go, but none of the jar&apos;s goes with this request.</source>
        <translation>Режим учётных данных &quot;%1&quot;: cookie могут отправляться, но ни одна из сохранённых с этим запросом не идёт.</translation>
    </message>
    <message>
        <source>Server, when %1 sets the cookie: Set-Cookie: %2</source>
        <translation>Сервер, когда %1 ставит cookie: Set-Cookie: %2</translation>
    </message>
    <message>
        <source>read</source>
        <translation>чтение</translation>
    </message>
    <message>
        <source>embed</source>
        <translation>встраивание</translation>
    </message>
    <message>
        <source>write</source>
        <translation>запись</translation>
    </message>
    <message>
        <source>Without Access-Control-Allow-Credentials: true the browser refuses a response to a request with cookies: the page cannot read it with the visitor&apos;s session (reads without cookies still work).</source>
        <translation>Без Access-Control-Allow-Credentials: true браузер отказывает в ответе на запрос с cookie: страница не прочтёт его с сессией посетителя (чтение без cookie по-прежнему работает).</translation>
    </message>
    <message>
        <source>Access-Control-Allow-Origin then names only the server&apos;s own origin, not %1: the CORS check fails and script cannot read the response.</source>
        <translation>Тогда Access-Control-Allow-Origin называет только собственный источник сервера, а не %1: проверка CORS не проходит, и скрипт не может прочитать ответ.</translation>
    </message>
    <message>
        <source>Without Access-Control-Allow-Origin the CORS check fails: script cannot read the response.</source>
        <translation>Без Access-Control-Allow-Origin проверка CORS не проходит: скрипт не может прочитать ответ.</translation>
    </message>
    <message>
        <source>%1 is another site, so same-site, the smallest policy that refuses it, keeps the element from using the response.</source>
        <translation>%1 — другой сайт, поэтому same-site, самая мягкая политика, которая его отвергает, не даёт элементу использовать ответ.</translation>
    </message>
    <message>
        <source>Only the response&apos;s own origin may embed it, and %1 is another origin (same-site would not refuse it here).</source>
        <translation>Встраивать ответ может только его собственный источник, а %1 — другой источник (same-site здесь его не отвергнет).</translation>
    </message>
    <message>
        <source>Only the document&apos;s own origin may frame it, so the browser refuses to show it in %1&apos;s frame.</source>
        <translation>Показывать документ во фрейме может только его собственный источник, поэтому браузер отказывается показать его во фрейме %1.</translation>
    </message>
    <message>
        <source>No page may frame the document, not even its own origin (&apos;self&apos; would not refuse %1).</source>
        <translation>Ни одна страница не может показать документ во фрейме, даже его собственный источник (&apos;self&apos; не отвергнет %1).</translation>
    </message>
    <message>
        <source>The older header: only the document&apos;s own origin may frame it (where Content-Security-Policy has frame-ancestors, that decides instead).</source>
        <translation>Старый заголовок: показывать документ во фрейме может только его собственный источник (если в Content-Security-Policy есть frame-ancestors, решает он).</translation>
    </message>
    <message>
        <source>The older header: no page may frame the document (where Content-Security-Policy has frame-ancestors, that decides instead).</source>
        <translation>Старый заголовок: ни одна страница не может показать документ во фрейме (если в Content-Security-Policy есть frame-ancestors, решает он).</translation>
    </message>
    <message>
        <source>The browser sends a write whatever the server answers, so the server must refuse it: the rule is &quot;answer 403 when Sec-Fetch-Site: cross-site&quot;, and this request carries it. A route cannot match on request headers, so the model applies the rule as this route answering 403.</source>
        <translation>Браузер отправляет запись, что бы ни ответил сервер, поэтому отказать должен сам сервер: правило «отвечать 403, когда Sec-Fetch-Site: cross-site», и этот запрос его несёт. Маршрут не умеет сопоставлять заголовки запроса, поэтому модель применяет правило как ответ 403 этого маршрута.</translation>
    </message>
    <message>
        <source>The browser sends a write whatever the server answers, so the server must refuse it: the rule is &quot;answer 403 when Origin is not the server&apos;s own&quot;, and this request&apos;s Origin is %1. A route cannot match on request headers, so the model applies the rule as this route answering 403.</source>
        <translation>Браузер отправляет запись, что бы ни ответил сервер, поэтому отказать должен сам сервер: правило «отвечать 403, когда Origin — не собственный источник сервера», а Origin этого запроса — %1. Маршрут не умеет сопоставлять заголовки запроса, поэтому модель применяет правило как ответ 403 этого маршрута.</translation>
    </message>
    <message>
        <source>A SameSite=Lax cookie stays out of a cross-site request that is not a top-level GET navigation: %1 no longer goes with this one, so the session does not act on it.</source>
        <translation>Cookie с SameSite=Lax не идёт с межсайтовым запросом, если это не переход верхнего уровня методом GET: %1 больше не отправляется с этим запросом, и сессия в нём не действует.</translation>
    </message>
    <message>
        <source>A SameSite=Strict cookie goes only with same-site requests (Lax would still go with this top-level navigation): %1 no longer goes with this one.</source>
        <translation>Cookie с SameSite=Strict идёт только с запросами того же сайта (Lax всё ещё ушёл бы с этим переходом верхнего уровня): %1 больше не отправляется с этим запросом.</translation>
    </message>
    <message>
        <source>the server answers 403; the request still leaves the browser</source>
        <translation>сервер отвечает 403; запрос по-прежнему уходит из браузера</translation>
    </message>
    <message>
        <source>%1 withheld</source>
        <translation>%1 не отправлен</translation>
    </message>
    <message>
        <source>No block needed: the browser already refuses this request.</source>
        <translation>Блокировка не нужна: браузер уже отказывает этому запросу.</translation>
    </message>
    <message>
        <source>No block: a same-origin request. Nothing the server sends makes the browser refuse its own origin&apos;s requests; the server can only refuse them itself (authentication, a CSRF token).</source>
        <translation>Блокировки нет: запрос того же источника. Ничто из присланного сервером не заставит браузер отказать запросам собственного источника; сервер может отказать им только сам (аутентификация, CSRF-токен).</translation>
    </message>
    <message>
        <source>No block found: no change to the server&apos;s routes or cookies makes the browser refuse this request (nothing answers it, or it carries nothing a server could tell it apart by).</source>
        <translation>Блокировка не найдена: никакое изменение маршрутов сервера или cookie не заставит браузер отказать этому запросу (на него ничто не отвечает, или в нём нет ничего, по чему сервер мог бы его отличить).</translation>
    </message>
    <message>
        <source>  Now: </source>
        <translation>  Сейчас: </translation>
    </message>
    <message>
        <source>  Block this:
</source>
        <translation>  Заблокировать:
</translation>
    </message>
    <message>
        <source>        After: </source>
        <translation>        После: </translation>
    </message>
    <message>
        <source>with cookies</source>
        <translation>с cookie</translation>
    </message>
    <message>
        <source>credentials included, no cookie to send</source>
        <translation>учётные данные включены, но отправлять нечего: подходящих cookie нет</translation>
    </message>
    <message>
        <source>The request is still sent and the server acts on it; only its answer is kept from script.</source>
        <translation>Запрос всё равно отправляется, и сервер его выполняет; от скрипта скрыт только ответ.</translation>
    </message>
    <message>
        <source>The preflight gets no Access-Control-Allow-* in answer, so the request itself is never sent.</source>
        <translation>Предварительный запрос не получает в ответ Access-Control-Allow-*, поэтому сам запрос так и не отправляется.</translation>
    </message>
    <message>
        <source>Nothing: the request never leaves the browser.</source>
        <translation>Ничего: запрос не покидает браузер.</translation>
    </message>
    <message>
        <source>Nothing: the request is sent, but script gets a network error instead of the response.</source>
        <translation>Ничего: запрос отправлен, но вместо ответа скрипт получает сетевую ошибку.</translation>
    </message>
    <message>
        <source>Nothing: only the preflight goes out; the request itself is not sent.</source>
        <translation>Ничего: уходит только предварительный запрос, сам запрос не отправляется.</translation>
    </message>
    <message>
        <source>An opaque response: script sees no status, no headers and no body.</source>
        <translation>Непрозрачный ответ: скрипт не видит ни статуса, ни заголовков, ни тела.</translation>
    </message>
    <message>
        <source>Script reads the status and the body.</source>
        <translation>Скрипт читает статус и тело.</translation>
    </message>
    <message>
        <source>Script reads the status, the body and these response headers: %1.</source>
        <translation>Скрипт читает статус, тело и эти заголовки ответа: %1.</translation>
    </message>
    <message>
        <source>The element uses the response, and script can read it too (pixels, cssRules, error details).</source>
        <translation>Элемент использует ответ, и скрипт тоже может его прочитать (пиксели, cssRules, подробности ошибок).</translation>
    </message>
    <message>
        <source>Nothing: the frame shows an error page instead of the document.</source>
        <translation>Ничего: фрейм показывает страницу ошибки вместо документа.</translation>
    </message>
    <message>
        <source>Nothing: the element cannot use the response and its error event fires.</source>
        <translation>Ничего: элемент не может использовать ответ, срабатывает его событие error.</translation>
    </message>
    <message>
        <source>The element uses the response, and script can read it too: the same origin.</source>
        <translation>Элемент использует ответ, и скрипт тоже может его прочитать: это тот же источник.</translation>
    </message>
    <message>
        <source>The frame shows the document; script cannot reach into it (another origin).</source>
        <translation>Фрейм показывает документ; скрипт не может заглянуть внутрь (другой источник).</translation>
    </message>
    <message>
        <source>The element uses the response (shows, runs or applies it); script cannot read its contents.</source>
        <translation>Элемент использует ответ (показывает, выполняет или применяет его); скрипт не может прочитать содержимое.</translation>
    </message>
    <message>
        <source>The request reaches the server; the browser refuses to show its answer.</source>
        <translation>Запрос доходит до сервера; браузер отказывается показать его ответ.</translation>
    </message>
    <message>
        <source>The request reaches the server; its answer replaces the page (or fills the target frame), and the page&apos;s script cannot read it.</source>
        <translation>Запрос доходит до сервера; его ответ заменяет страницу (или заполняет целевой фрейм), и скрипт страницы не может его прочитать.</translation>
    </message>
    <message>
        <source>No difference: the page reads its own origin&apos;s responses (https://html.spec.whatwg.org/multipage/browsers.html#same-origin), so the server&apos;s cross-origin headers change nothing here.</source>
        <translation>Разницы нет: страница читает ответы своего же источника (https://html.spec.whatwg.org/multipage/browsers.html#same-origin), поэтому межисточниковые заголовки сервера здесь ничего не меняют.</translation>
    </message>
    <message>
        <source>Write: sent either way. The same-origin policy never stopped a navigation or a form submission to another origin, and CORS headers do not either: the server acts on the request, and the page cannot read the answer on either side. To refuse a write the server must check Origin or Sec-Fetch-Site itself.</source>
        <translation>Запись: отправляется в обоих случаях. Правило одного источника никогда не останавливало переход или отправку формы в другой источник, и заголовки CORS тоже не останавливают: сервер выполняет запрос, а страница ни в одном случае не может прочитать ответ. Чтобы отказать в записи, сервер должен сам проверять Origin или Sec-Fetch-Site.</translation>
    </message>
    <message>
        <source>Embed: loaded either way. The element uses the response with or without the server&apos;s headers, and its contents stay unreadable to script on both sides: embedding is allowed across origins, reading is not.</source>
        <translation>Встраивание: загружается в обоих случаях. Элемент использует ответ с заголовками сервера и без них, а его содержимое в обоих случаях недоступно скрипту: встраивать из другого источника можно, читать — нет.</translation>
    </message>
    <message>
        <source>Embed: the bare same-origin policy lets the page embed it; the server&apos;s %1 refuses it (%2). Headers like these take embedding away; they never grant reading.</source>
        <translation>Встраивание: одно лишь правило одного источника позволяет странице встроить ресурс; заголовок сервера %1 запрещает это (%2). Такие заголовки отнимают встраивание, но никогда не дают чтения.</translation>
    </message>
    <message>
        <source>Embed: the page&apos;s own Cross-Origin-Embedder-Policy refuses what the server does not opt in to, so the bare side is refused; the server&apos;s %1 lets the element load it.</source>
        <translation>Встраивание: собственный Cross-Origin-Embedder-Policy страницы отклоняет то, на что сервер не дал согласия, поэтому без заголовков ресурс отклонён; заголовок сервера %1 позволяет элементу его загрузить.</translation>
    </message>
    <message>
        <source>Read: refused by the same-origin policy, allowed by CORS. Script on %1 may not read a response from another origin, unless the server says so: %2 lets this page read it.</source>
        <translation>Чтение: запрещено правилом одного источника, разрешено CORS. Скрипт на %1 не может читать ответ другого источника, если сервер этого не разрешит: %2 позволяет этой странице его прочитать.</translation>
    </message>
    <message>
        <source>Read: refused either way. The request asks for no CORS (mode no-cors), so the response is opaque: the element or script gets it without status, headers or body, whatever the server sends.</source>
        <translation>Чтение: запрещено в обоих случаях. Запрос не просит CORS (режим no-cors), поэтому ответ непрозрачен: элемент или скрипт получает его без статуса, заголовков и тела, что бы ни прислал сервер.</translation>
    </message>
    <message>
        <source>Read: refused either way. The server sends no CORS headers, so the same-origin policy stands: script on %1 cannot read a response from another origin.</source>
        <translation>Чтение: запрещено в обоих случаях. Сервер не присылает заголовков CORS, поэтому действует правило одного источника: скрипт на %1 не может читать ответ другого источника.</translation>
    </message>
    <message>
        <source>Read: refused either way. The server sends %1, but the request asks for no CORS (mode no-cors): the response is opaque whatever the server answers.</source>
        <translation>Чтение: запрещено в обоих случаях. Сервер присылает %1, но запрос не просит CORS (режим no-cors): ответ непрозрачен, что бы ни ответил сервер.</translation>
    </message>
    <message>
        <source>Read: refused either way. The server sends %1, but it does not allow this request (%2): the CORS check fails, and the same-origin policy stands.</source>
        <translation>Чтение: запрещено в обоих случаях. Сервер присылает %1, но это не разрешает данный запрос (%2): проверка CORS не проходит, и действует правило одного источника.</translation>
    </message>
    <message>
        <source>No difference: the browser refuses the request before any header of the server counts.</source>
        <translation>Разницы нет: браузер отклоняет запрос раньше, чем заголовки сервера что-либо значат.</translation>
    </message>
    <message>
        <source>No difference: the browser refuses the request before any header of the server counts (%1).</source>
        <translation>Разницы нет: браузер отклоняет запрос раньше, чем заголовки сервера что-либо значат (%1).</translation>
    </message>
    <message>
        <source>no response</source>
        <translation>нет ответа</translation>
    </message>
    <message>
        <source>    On the wire:
</source>
        <translation>    В сети:
</translation>
    </message>
    <message>
        <source>      nothing is sent
</source>
        <translation>      ничего не отправляется
</translation>
    </message>
    <message>
        <source>    The page can use: </source>
        <translation>    Странице доступно: </translation>
    </message>
    <message>
        <source>Same-origin policy alone (the server sends no cross-origin headers):</source>
        <translation>Только правило одного источника (сервер не присылает межисточниковых заголовков):</translation>
    </message>
    <message>
        <source>With the server&apos;s headers (CORS and the rest):</source>
        <translation>С заголовками сервера (CORS и остальные):</translation>
    </message>
    <message>
        <source>
  Removed for the same-origin side:
</source>
        <translation>
  Убрано для стороны правила одного источника:
</translation>
    </message>
    <message>
        <source>    nothing: the server sends no cross-origin headers
</source>
        <translation>    ничего: сервер не присылает межисточниковых заголовков
</translation>
    </message>
    <message>
        <source>
  Difference: </source>
        <translation>
  Разница: </translation>
    </message>
    <message>
        <source>Without these headers the request is still sent and the server acts on it; only its answer is kept from script.</source>
        <translation>Без этих заголовков запрос всё равно отправляется, и сервер его выполняет; от скрипта скрыт только ответ.</translation>
    </message>
    <message>
        <source>Without these headers the preflight gets no Access-Control-Allow-* in answer, so the request itself is never sent.</source>
        <translation>Без этих заголовков предварительный запрос не получает в ответ Access-Control-Allow-*, поэтому сам запрос так и не отправляется.</translation>
    </message>
    <message>
        <source>Insecure form</source>
        <translation>Небезопасная форма</translation>
    </message>
    <message>
        <source>The https page submits a form to %1, which is not secure: Chromium stops and warns &quot;The information you&apos;re about to submit is not secure&quot;, and nothing is sent unless the user goes on (net::ERR_BLOCKED_BY_CLIENT).</source>
        <translation>https-страница отправляет форму на %1, а этот адрес небезопасен: Chromium останавливается и предупреждает «Отправляемые данные не защищены»; пока пользователь не согласится, ничего не отправляется (net::ERR_BLOCKED_BY_CLIENT).</translation>
    </message>
    <message>
        <source>corslab handout</source>
        <translation>Памятка corslab</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Страница</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Запрос</translation>
    </message>
    <message>
        <source>Same-origin policy: scheme, host, port, site</source>
        <translation>Политика одного источника: схема, хост, порт, сайт</translation>
    </message>
    <message>
        <source>scheme</source>
        <translation>схема</translation>
    </message>
    <message>
        <source>host</source>
        <translation>хост</translation>
    </message>
    <message>
        <source>port</source>
        <translation>порт</translation>
    </message>
    <message>
        <source>site</source>
        <translation>сайт</translation>
    </message>
    <message>
        <source>verdict</source>
        <translation>вердикт</translation>
    </message>
    <message>
        <source>equal</source>
        <translation>совпадает</translation>
    </message>
    <message>
        <source>different</source>
        <translation>отличается</translation>
    </message>
    <message>
        <source>Sequence diagram</source>
        <translation>Диаграмма последовательности</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Шаги</translation>
    </message>
    <message>
        <source>the standard</source>
        <translation>стандарт</translation>
    </message>
    <message>
        <source>Console (Chromium)</source>
        <translation>Консоль (Chromium)</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Исправление</translation>
    </message>
    <message>
        <source>(no origin)</source>
        <translation>(нет источника)</translation>
    </message>
    <message>
        <source>(nothing sent)</source>
        <translation>(ничего не отправлено)</translation>
    </message>
    <message>
        <source>Written by corslab %1: what the model says Chromium does with each request.</source>
        <translation>Создано corslab %1: что, по модели, Chromium делает с каждым запросом.</translation>
    </message>
    <message>
        <source>write: a navigation or form submission</source>
        <translation>запись: переход или отправка формы</translation>
    </message>
    <message>
        <source>embed: an element uses the response without reading it</source>
        <translation>встраивание: элемент использует ответ, не читая его</translation>
    </message>
    <message>
        <source>read: script (or a crossorigin element) reads the response</source>
        <translation>чтение: скрипт (или элемент с crossorigin) читает ответ</translation>
    </message>
    <message>
        <source>preflight</source>
        <translation>предзапрос</translation>
    </message>
    <message>
        <source>redirect</source>
        <translation>перенаправление</translation>
    </message>
    <message>
        <source>Blocked before anything was sent</source>
        <translation>Заблокировано до отправки</translation>
    </message>
    <message>
        <source>Blocked by the browser</source>
        <translation>Заблокировано браузером</translation>
    </message>
    <message>
        <source>Allowed: the page reads the response</source>
        <translation>Разрешено: страница читает ответ</translation>
    </message>
    <message>
        <source>Opaque: the page cannot read the response</source>
        <translation>Непрозрачный: страница не может прочитать ответ</translation>
    </message>
    <message>
        <source>Allowed: the request is sent (a write)</source>
        <translation>Разрешено: запрос отправлен (запись)</translation>
    </message>
    <message>
        <source>Allowed: the element uses the response (an embed)</source>
        <translation>Разрешено: элемент использует ответ (встраивание)</translation>
    </message>
    <message>
        <source>Write: navigations and form submissions</source>
        <translation>Запись: переходы и отправка форм</translation>
    </message>
    <message>
        <source>Embed: elements without crossorigin, frames</source>
        <translation>Встраивание: элементы без crossorigin, фреймы</translation>
    </message>
    <message>
        <source>Read: fetch(), XHR, crossorigin elements, fonts</source>
        <translation>Чтение: fetch(), XHR, элементы с crossorigin, шрифты</translation>
    </message>
    <message>
        <source>error event</source>
        <translation>событие error</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>отправлен</translation>
    </message>
    <message>
        <source>loaded</source>
        <translation>загружен</translation>
    </message>
    <message>
        <source>readable</source>
        <translation>читается</translation>
    </message>
    <message>
        <source>error</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <source>  * the scenario&apos;s own request
</source>
        <translation>  * собственный запрос сценария
</translation>
    </message>
    <message>
        <source>Chromium:
</source>
        <translation>Chromium:
</translation>
    </message>
    <message>
        <source>
Firefox:
</source>
        <translation>
Firefox:
</translation>
    </message>
    <message>
        <source>
Both browsers agree.
</source>
        <translation>
Оба браузера согласны.
</translation>
    </message>
    <message>
        <source>
The browsers differ in: %1
</source>
        <translation>
Браузеры расходятся в полях: %1
</translation>
    </message>
    <message>
        <source>Firefox&apos;s ORB blocks a no-cors response whose status (%1) is not ok.</source>
        <translation>ORB в Firefox блокирует no-cors-ответ, статус которого (%1) не успешный.</translation>
    </message>
    <message>
        <source>The script is not CORS-same-origin, but it throws an Error object of its own: Firefox hands its message to window.onerror and mutes only errors the engine raises.</source>
        <translation>Скрипт не является CORS-same-origin, но бросает собственный объект Error: Firefox передаёт его сообщение в window.onerror и глушит только ошибки, которые выбрасывает движок.</translation>
    </message>
    <message>
        <source>Preflight</source>
        <translation>Предзапрос</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Отправлен</translation>
    </message>
    <message>
        <source>Readable</source>
        <translation>Читается</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Wire headers</source>
        <translation>Заголовки в сети</translation>
    </message>
    <message>
        <source>Cookies not sent</source>
        <translation>Неотправленные cookie</translation>
    </message>
    <message>
        <source>Readable headers</source>
        <translation>Доступные заголовки</translation>
    </message>
    <message>
        <source>Firefox prints no reason that names this block, so its verdict names no Chromium error (Chromium: %1).</source>
        <translation>Firefox не выводит причины, называющей эту блокировку, поэтому его вердикт не называет ошибку Chromium (Chromium: %1).</translation>
    </message>
    <message>
        <source>Firefox reports this block as %1, a reason that stands for several of Chromium&apos;s errors, so it names no Chromium error (Chromium: %2).</source>
        <translation>Firefox сообщает об этой блокировке как %1 — эта причина соответствует нескольким ошибкам Chromium, поэтому ошибка Chromium не называется (Chromium: %2).</translation>
    </message>
    <message>
        <source>One browser upper-cases the method before it looks for it in Access-Control-Allow-Methods, the other compares it byte for byte.</source>
        <translation>Один браузер переводит метод в верхний регистр, прежде чем искать его в Access-Control-Allow-Methods, другой сравнивает побайтно.</translation>
    </message>
    <message>
        <source>One browser fails a no-cors load that opaque-response blocking refuses; the other (CORB) hands the page an empty body instead.</source>
        <translation>Один браузер прерывает no-cors-загрузку, которую отвергает блокировка непрозрачных ответов; другой (CORB) вместо этого отдаёт странице пустое тело.</translation>
    </message>
    <message>
        <source>Chromium&apos;s ORB sniffs a body declared as JavaScript and blocks it when it looks like HTML or JSON; Firefox&apos;s ORB lets a JavaScript-typed body through.</source>
        <translation>ORB в Chromium анализирует тело, объявленное как JavaScript, и блокирует его, если оно похоже на HTML или JSON; ORB в Firefox пропускает тело с типом JavaScript.</translation>
    </message>
    <message>
        <source>The browsers differ on an http image or audio at an IP address from an https page: one upgrades it to https, the other blocks it as mixed content.</source>
        <translation>Браузеры по-разному обходятся с http-картинкой или звуком по IP-адресу на https-странице: один повышает запрос до https, другой блокирует его как смешанное содержимое.</translation>
    </message>
    <message>
        <source>The browsers differ on mixed content in a sandboxed (opaque-origin) page: one upgrades the http image or audio, the other blocks it.</source>
        <translation>Браузеры по-разному обходятся со смешанным содержимым на изолированной странице (с непрозрачным источником): один повышает http-картинку или звук, другой блокирует.</translation>
    </message>
    <message>
        <source>When a redirect turns a POST into a GET, one browser drops Content-Type and the other body headers, the other keeps them.</source>
        <translation>Когда перенаправление превращает POST в GET, один браузер убирает Content-Type и другие заголовки тела, другой их сохраняет.</translation>
    </message>
    <message>
        <source>One browser drops the Authorization header when a redirect goes to another origin, the other keeps it.</source>
        <translation>Один браузер убирает заголовок Authorization при перенаправлении на другой источник, другой его сохраняет.</translation>
    </message>
    <message>
        <source>Chromium fails a 407 answer, or a 1xx answer with nothing after it, as a network error; Firefox takes it as an ordinary response.</source>
        <translation>Chromium считает ответ 407 или ответ 1xx, после которого ничего нет, сетевой ошибкой; Firefox принимает его как обычный ответ.</translation>
    </message>
    <message>
        <source>Chromium refuses a subresource whose URL (or redirect target) carries user:pass@ (CredentialedSubresourceBlocked); Firefox loads it, without the credentials in the request.</source>
        <translation>Chromium отказывает подресурсу, в URL которого (или в цели перенаправления) есть user:pass@ (CredentialedSubresourceBlocked); Firefox загружает его, не передавая учётные данные в запросе.</translation>
    </message>
    <message>
        <source>Chromium mutes every error of a cross-origin script without CORS (&quot;Script error.&quot;); Firefox mutes only errors the engine raises and hands window.onerror the Error object the script throws.</source>
        <translation>Chromium глушит любую ошибку скрипта с другого источника без CORS («Script error.»); Firefox глушит только ошибки, которые выбрасывает сам движок, а объект Error, брошенный скриптом, передаёт в window.onerror.</translation>
    </message>
    <message>
        <source>Firefox&apos;s ORB blocks a no-cors element response whose status is not 2xx (a 3xx whose mixed-content target it does not follow too) and names the block ORB; Chromium leaves the status to the element.</source>
        <translation>ORB в Firefox блокирует no-cors-ответ элементу со статусом не 2xx (в том числе 3xx, по которому он не переходит из-за смешанного содержимого) и называет блокировку ORB; Chromium оставляет статус на усмотрение элемента.</translation>
    </message>
    <message>
        <source>Firefox caps Access-Control-Max-Age at 24 hours, Chromium at 2 hours: the preflight is cached for %1 s in Firefox, %2 s in Chromium.</source>
        <translation>Firefox ограничивает Access-Control-Max-Age 24 часами, Chromium — 2 часами: предзапрос кэшируется на %1 с в Firefox и на %2 с в Chromium.</translation>
    </message>
    <message>
        <source>A CORS request redirected to an http URL from an https page: Firefox blocks it as mixed content before it looks at the redirect&apos;s CORS headers; Chromium checks those first.</source>
        <translation>CORS-запрос с https-страницы, перенаправленный на http-URL: Firefox блокирует его как смешанное содержимое, не глядя на CORS-заголовки перенаправления; Chromium сначала проверяет их.</translation>
    </message>
    <message>
        <source>Chromium sends Origin on a same-origin crossorigin image, script or stylesheet and on a same-origin font; Firefox sends none there.</source>
        <translation>Chromium отправляет Origin для картинки, скрипта или таблицы стилей с crossorigin с того же источника и для шрифта с того же источника; Firefox там его не отправляет.</translation>
    </message>
</context>
<context>
    <name>corslab::FileChangedBar</name>
    <message>
        <source>%1 was deleted or moved by another program. Save to write your version again.</source>
        <translation>%1 удалён или перемещён другой программой. Сохраните, чтобы снова записать свою версию.</translation>
    </message>
    <message>
        <source>%1 was changed on disk by another program.</source>
        <translation>%1 изменён на диске другой программой.</translation>
    </message>
    <message>
        <source>&amp;Reload from Disk</source>
        <translation>&amp;Перезагрузить с диска</translation>
    </message>
    <message>
        <source>Open the file as it is on disk now (Undo brings your version back)</source>
        <translation>Открыть файл в том виде, в каком он сейчас на диске (Отменить вернёт вашу версию)</translation>
    </message>
    <message>
        <source>&amp;Keep Mine</source>
        <translation>&amp;Оставить мою</translation>
    </message>
    <message>
        <source>Keep the scenario as it is in the window; saving overwrites the file</source>
        <translation>Оставить сценарий как в окне; сохранение перезапишет файл</translation>
    </message>
</context>
<context>
    <name>corslab::HarImportDialog</name>
    <message>
        <source>Import HAR</source>
        <translation>Импорт HAR</translation>
    </message>
    <message>
        <source>&amp;Blocked only</source>
        <translation>Только &amp;заблокированные</translation>
    </message>
    <message>
        <source>Only the requests the HAR recorded as failed or the model blocks</source>
        <translation>Только запросы, которые в HAR записаны как неудавшиеся или которые блокирует модель</translation>
    </message>
    <message>
        <source>Filter URLs</source>
        <translation>Фильтр по URL</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Проблемы</translation>
    </message>
    <message>
        <source>&amp;Open as Scenario</source>
        <translation>&amp;Открыть как сценарий</translation>
    </message>
    <message numerus="yes">
        <source>Reading %1: %n request(s) so far…</source>
        <translation>
            <numerusform>Чтение %1: пока %n запрос…</numerusform>
            <numerusform>Чтение %1: пока %n запроса…</numerusform>
            <numerusform>Чтение %1: пока %n запросов…</numerusform>
        </translation>
    </message>
    <message>
        <source>Import HAR — %1</source>
        <translation>Импорт HAR — %1</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Чтение %1…</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Проблемы (%1)</translation>
    </message>
    <message>
        <source>%1 is not a HAR file: %2</source>
        <translation>%1 — не файл HAR: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n request(s) from %2 entries; %3 blocked (recorded or by the model).</source>
        <translation>
            <numerusform>%1: %n запрос из %2 записей; заблокировано (в записи или моделью): %3.</numerusform>
            <numerusform>%1: %n запроса из %2 записей; заблокировано (в записи или моделью): %3.</numerusform>
            <numerusform>%1: %n запросов из %2 записей; заблокировано (в записи или моделью): %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) could not be read (see Problems); the others are judged.</source>
        <translation>
            <numerusform>%n запись не удалось прочитать (см. «Проблемы»); остальные оценены.</numerusform>
            <numerusform>%n записи не удалось прочитать (см. «Проблемы»); остальные оценены.</numerusform>
            <numerusform>%n записей не удалось прочитать (см. «Проблемы»); остальные оценены.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading was cancelled: the table holds the requests read until then.</source>
        <translation>Чтение отменено: в таблице запросы, прочитанные до этого момента.</translation>
    </message>
    <message>
        <source>Double-click a request to open it as the current scenario.</source>
        <translation>Дважды щёлкните запрос, чтобы открыть его как текущий сценарий.</translation>
    </message>
    <message>
        <source>Page: %1</source>
        <translation>Страница: %1</translation>
    </message>
    <message>
        <source>HAR entries: %1</source>
        <translation>Записи HAR: %1</translation>
    </message>
    <message>
        <source>Recorded: failed (status %1)</source>
        <translation>В записи: не удался (статус %1)</translation>
    </message>
    <message>
        <source>Recorded: answered (status %1)</source>
        <translation>В записи: получен ответ (статус %1)</translation>
    </message>
    <message>
        <source>A preflight is recorded.</source>
        <translation>Предварительный запрос записан.</translation>
    </message>
    <message>
        <source>No preflight is recorded.</source>
        <translation>Предварительный запрос не записан.</translation>
    </message>
    <message>
        <source>The model: %1</source>
        <translation>Модель: %1</translation>
    </message>
    <message>
        <source>The HAR holds no preflight, but the request was sent and answered: its preflight passed, so a preflight answer allowing exactly this request is assumed.</source>
        <translation>В HAR нет предварительного запроса, но запрос был отправлен и получил ответ: значит, предварительная проверка прошла, и предполагается ответ на неё, разрешающий ровно этот запрос.</translation>
    </message>
    <message>
        <source>%1 %2 from %3</source>
        <translation>%1 %2 из %3</translation>
    </message>
    <message>
        <source>The HAR does not say the fetch&apos;s mode (http:// requests carry no Sec-Fetch-Mode), and it was answered although CORS would refuse it: it was a no-cors fetch.</source>
        <translation>HAR не сообщает режим fetch (запросы по http:// идут без Sec-Fetch-Mode), а ответ получен, хотя CORS бы его отклонил: это был fetch в режиме no-cors.</translation>
    </message>
    <message>
        <source>No cookie went with it, so the HAR does not show the credentials mode; it failed although it would pass without credentials: it was credentialed.</source>
        <translation>С ним не ушло ни одного cookie, поэтому HAR не показывает режим учётных данных; запрос не удался, хотя без учётных данных прошёл бы: значит, он был с учётными данными.</translation>
    </message>
    <message>
        <source>Recorded: failed, no response</source>
        <translation>В записи: не удался, ответа нет</translation>
    </message>
</context>
<context>
    <name>corslab::HarRequestsModel</name>
    <message>
        <source>Not judged (a URL does not parse)</source>
        <translation>Не оценён (URL не разбирается)</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Заблокировано</translation>
    </message>
    <message>
        <source>Sent, unreadable</source>
        <translation>Отправлен, не читается</translation>
    </message>
    <message>
        <source>Passes</source>
        <translation>Проходит</translation>
    </message>
    <message>
        <source> (the HAR recorded it blocked)</source>
        <translation> (в HAR записан как заблокированный)</translation>
    </message>
    <message>
        <source> (the HAR recorded it answered)</source>
        <translation> (в HAR записан ответ)</translation>
    </message>
    <message>
        <source>(failed)</source>
        <translation>(не удался)</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Метод</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Page origin</source>
        <translation>Источник страницы</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Вердикт</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>≠ Firefox</source>
        <translation>≠ Firefox</translation>
    </message>
    <message>
        <source>Firefox decides this request otherwise than Chromium: %1. Open the row to see both.</source>
        <translation>Firefox решает этот запрос иначе, чем Chromium: %1. Откройте строку, чтобы увидеть оба вердикта.</translation>
    </message>
    <message>
        <source>Firefox</source>
        <translation>Firefox</translation>
    </message>
</context>
<context>
    <name>corslab::HeadersTable</name>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Add header</source>
        <translation>Добавить заголовок</translation>
    </message>
    <message>
        <source>Add a header line</source>
        <translation>Добавить строку заголовка</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Remove the selected header lines</source>
        <translation>Удалить выбранные строки заголовков</translation>
    </message>
    <message>
        <source>A header needs a name; this line is left out.</source>
        <translation>У заголовка должно быть имя; эта строка не учитывается.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid header name: a name is a token (letters, digits and !#$%&amp;&apos;*+-.^_`|~, no spaces). This line is left out.</source>
        <translation>«%1» — недопустимое имя заголовка: имя должно быть токеном (буквы, цифры и !#$%&amp;&apos;*+-.^_`|~, без пробелов). Эта строка не учитывается.</translation>
    </message>
    <message>
        <source>Not a valid header value: no leading or trailing spaces or tabs, no line breaks, Latin-1 characters only. This line is left out.</source>
        <translation>Недопустимое значение заголовка: без пробелов и табуляций в начале и в конце, без переводов строк, только символы Latin-1. Эта строка не учитывается.</translation>
    </message>
</context>
<context>
    <name>corslab::Language</name>
    <message>
        <source>en</source>
        <comment>The code of this translation&apos;s language (ISO 639-1): selects a scenario&apos;s i18n.&lt;code&gt; title and notes</comment>
        <translation>ru</translation>
    </message>
</context>
<context>
    <name>corslab::LessonLibrary</name>
    <message>
        <source>Search lessons</source>
        <translation>Поиск уроков</translation>
    </message>
    <message>
        <source>Shows the lessons whose number, title, notes or topics contain every word</source>
        <translation>Показывает уроки, в номере, названии, пояснениях или темах которых есть все введённые слова</translation>
    </message>
    <message>
        <source>Shows only the lessons on one topic</source>
        <translation>Показывает только уроки на одну тему</translation>
    </message>
    <message>
        <source>All topics (%1)</source>
        <translation>Все темы (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Уроки</translation>
    </message>
    <message numerus="yes">
        <source>%n lessons</source>
        <translation>
            <numerusform>%n урок</numerusform>
            <numerusform>%n урока</numerusform>
            <numerusform>%n уроков</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n lessons</source>
        <translation>
            <numerusform>%1 из %n урока</numerusform>
            <numerusform>%1 из %n уроков</numerusform>
            <numerusform>%1 из %n уроков</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>corslab::LessonModel</name>
    <message>
        <source>Same-origin policy</source>
        <translation>Политика одного источника</translation>
    </message>
    <message>
        <source>Writes (forms, links)</source>
        <translation>Запись (формы, ссылки)</translation>
    </message>
    <message>
        <source>Embedding (img, script, iframe)</source>
        <translation>Встраивание (img, script, iframe)</translation>
    </message>
    <message>
        <source>Reads (fetch, XHR)</source>
        <translation>Чтение (fetch, XHR)</translation>
    </message>
    <message>
        <source>Simple requests</source>
        <translation>Простые запросы</translation>
    </message>
    <message>
        <source>Preflights</source>
        <translation>Предзапросы</translation>
    </message>
    <message>
        <source>Credentials (cookies)</source>
        <translation>Учётные данные (cookie)</translation>
    </message>
    <message>
        <source>Redirects</source>
        <translation>Перенаправления</translation>
    </message>
    <message>
        <source>Opaque origins and responses</source>
        <translation>Непрозрачные источники и ответы</translation>
    </message>
    <message>
        <source>no-cors requests</source>
        <translation>Запросы no-cors</translation>
    </message>
    <message>
        <source>CORS errors</source>
        <translation>Ошибки CORS</translation>
    </message>
    <message>
        <source>Topics: %1</source>
        <translation>Темы: %1</translation>
    </message>
    <message>
        <source>open now</source>
        <translation>открыт сейчас</translation>
    </message>
    <message>
        <source>#</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Урок</translation>
    </message>
    <message>
        <source>Cookies and SameSite</source>
        <translation>Cookie и SameSite</translation>
    </message>
    <message>
        <source>Resource policy (CORP, COEP)</source>
        <translation>Политика ресурсов (CORP, COEP)</translation>
    </message>
    <message>
        <source>Framing and clickjacking</source>
        <translation>Фреймы и кликджекинг</translation>
    </message>
    <message>
        <source>Fetch Metadata (Sec-Fetch-*)</source>
        <translation>Метаданные запроса (Sec-Fetch-*)</translation>
    </message>
    <message>
        <source>Referer and referrer policy</source>
        <translation>Referer и политика реферера</translation>
    </message>
    <message>
        <source>Chromium and Firefox</source>
        <translation>Chromium и Firefox</translation>
    </message>
    <message>
        <source>Firefox decides this lesson otherwise than Chromium: View › Compare Browsers shows how, and why.</source>
        <translation>Firefox решает этот урок иначе, чем Chromium: Вид › Сравнить браузеры показывает, как и почему.</translation>
    </message>
    <message>
        <source>Firefox</source>
        <translation>Firefox</translation>
    </message>
    <message>
        <source>≠</source>
        <translation>≠</translation>
    </message>
    <message>
        <source>differs in Firefox</source>
        <translation>в Firefox иначе</translation>
    </message>
</context>
<context>
    <name>corslab::LiveController</name>
    <message>
        <source>Live mode is off. Run once with &quot;Run in engine&quot;.</source>
        <translation>Живой режим выключен. Однократный запуск — кнопкой «Запустить в движке».</translation>
    </message>
    <message>
        <source>Starting the engine (Qt WebEngine)…</source>
        <translation>Запуск движка (Qt WebEngine)…</translation>
    </message>
    <message>
        <source>Running in the engine…</source>
        <translation>Выполнение в движке…</translation>
    </message>
    <message>
        <source>Server log:</source>
        <translation>Журнал сервера:</translation>
    </message>
    <message>
        <source>Cannot run this scenario live: %1</source>
        <translation>Этот сценарий нельзя выполнить вживую: %1</translation>
    </message>
    <message>
        <source>Chromium %1 ran the scenario in %2 ms%3.</source>
        <translation>Chromium %1 выполнил сценарий за %2 мс%3.</translation>
    </message>
    <message>
        <source> (timed out)</source>
        <translation> (истекло время ожидания)</translation>
    </message>
    <message>
        <source>The live helper did not answer within %1 s and was stopped.</source>
        <translation>Помощник живого режима не ответил за %1 с и был остановлен.</translation>
    </message>
    <message>
        <source>The live helper %1 is missing: build corslab-live, or install it next to corslab.</source>
        <translation>Нет помощника живого режима %1: соберите corslab-live или установите его рядом с corslab.</translation>
    </message>
    <message>
        <source>The live helper %1 cannot start: %2</source>
        <translation>Помощник живого режима %1 не запускается: %2</translation>
    </message>
    <message>
        <source>The live helper stopped unexpectedly.</source>
        <translation>Помощник живого режима неожиданно остановился.</translation>
    </message>
    <message>
        <source>The live helper exited with status %1.</source>
        <translation>Помощник живого режима завершился с кодом %1.</translation>
    </message>
    <message>
        <source>The live helper&apos;s answer cannot be read: %1</source>
        <translation>Не удаётся прочитать ответ помощника живого режима: %1</translation>
    </message>
    <message>
        <source>The scenario changed during the run; that result was dropped.</source>
        <translation>Сценарий изменился во время выполнения; этот результат отброшен.</translation>
    </message>
    <message>
        <source>The next run starts it again.</source>
        <translation>Следующий запуск перезапустит его.</translation>
    </message>
</context>
<context>
    <name>corslab::LivePanel</name>
    <message>
        <source>&amp;Live</source>
        <translation>&amp;Вживую</translation>
    </message>
    <message>
        <source>Run the scenario in the real engine (Qt WebEngine) after every edit</source>
        <translation>Выполнять сценарий в настоящем движке (Qt WebEngine) после каждой правки</translation>
    </message>
    <message>
        <source>Run in &amp;engine</source>
        <translation>Запустить в &amp;движке</translation>
    </message>
    <message>
        <source>Run the current scenario once in Qt WebEngine against loopback servers</source>
        <translation>Один раз выполнить текущий сценарий в Qt WebEngine на локальных серверах</translation>
    </message>
    <message>
        <source>Live mode runs the scenario in Qt WebEngine (Chromium) against loopback servers and compares the result with the model. The engine starts on first use.</source>
        <translation>Живой режим выполняет сценарий в Qt WebEngine (Chromium) на локальных серверах и сравнивает результат с моделью. Движок запускается при первом использовании.</translation>
    </message>
    <message>
        <source>The engine&apos;s console and the server log appear here.</source>
        <translation>Здесь появятся консоль движка и журнал сервера.</translation>
    </message>
</context>
<context>
    <name>corslab::MainWindow</name>
    <message>
        <source>Apply fix</source>
        <translation>Применить исправление</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Страница</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Запрос</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <source>Sequence diagram</source>
        <translation>Диаграмма последовательности</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Вживую</translation>
    </message>
    <message>
        <source>Edit page URL</source>
        <translation>Изменение URL страницы</translation>
    </message>
    <message>
        <source>Sandbox the page</source>
        <translation>Страница в песочнице</translation>
    </message>
    <message>
        <source>Unsandbox the page</source>
        <translation>Страница вне песочницы</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Создать</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Открыть &amp;недавний</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Со&amp;хранить</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Сохранить &amp;как…</translation>
    </message>
    <message>
        <source>Export Diagram as &amp;PNG…</source>
        <translation>Экспорт диаграммы в &amp;PNG…</translation>
    </message>
    <message>
        <source>Export Diagram as S&amp;VG…</source>
        <translation>Экспорт диаграммы в S&amp;VG…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>Apply &amp;Fix</source>
        <translation>Применить &amp;исправление</translation>
    </message>
    <message>
        <source>Add &amp;Preflight Answer</source>
        <translation>Добавить ответ на &amp;предзапрос</translation>
    </message>
    <message>
        <source>Add preflight answer</source>
        <translation>Добавление ответа на предзапрос</translation>
    </message>
    <message>
        <source>Add R&amp;esponse</source>
        <translation>Добавить о&amp;твет</translation>
    </message>
    <message>
        <source>Add response</source>
        <translation>Добавление ответа</translation>
    </message>
    <message>
        <source>Add Re&amp;direct</source>
        <translation>Добавить пере&amp;направление</translation>
    </message>
    <message>
        <source>Add redirect</source>
        <translation>Добавление перенаправления</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Live Mode</source>
        <translation>&amp;Живой режим</translation>
    </message>
    <message>
        <source>&amp;Run in Engine Once</source>
        <translation>&amp;Запустить в движке один раз</translation>
    </message>
    <message>
        <source>Model &amp;Answers For</source>
        <translation>&amp;Модель отвечает за</translation>
    </message>
    <message>
        <source>Current Chromium</source>
        <translation>Текущий Chromium</translation>
    </message>
    <message>
        <source>Chromium 102 (Qt WebEngine 6.4, as live mode runs)</source>
        <translation>Chromium 102 (Qt WebEngine 6.4, как в живом режиме)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;About corslab</source>
        <translation>&amp;О программе corslab</translation>
    </message>
    <message>
        <source>About corslab</source>
        <translation>О программе corslab</translation>
    </message>
    <message>
        <source>&lt;h3&gt;corslab %1&lt;/h3&gt;&lt;p&gt;What a browser does with a cross-origin request: the same-origin policy, CORS, preflights, redirects and what script may read, step by step with links to the Fetch and HTML standards.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;corslab %1&lt;/h3&gt;&lt;p&gt;Что браузер делает с запросом к другому источнику: политика одного источника, CORS, предзапросы, перенаправления и что может прочитать скрипт — шаг за шагом, со ссылками на стандарты Fetch и HTML.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The scenario has problems; the verdict may not match a browser:</source>
        <translation>В сценарии есть ошибки; вердикт может не совпасть с браузером:</translation>
    </message>
    <message>
        <source>No verdict until the scenario is fixed:</source>
        <translation>Вердикта не будет, пока сценарий не исправлен:</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Без имени</translation>
    </message>
    <message>
        <source>%1[*] — corslab</source>
        <translation>%1[*] — corslab</translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation>Не удаётся открыть %1</translation>
    </message>
    <message>
        <source>%1 is not a valid scenario file. The scenario you are editing is unchanged.</source>
        <translation>%1 — недопустимый файл сценария. Редактируемый сценарий не изменён.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <source>Saved %1 (with %2 problems to fix before it loads again)</source>
        <translation>Сохранено: %1 (ошибок, которые нужно исправить, чтобы файл снова открылся: %2)</translation>
    </message>
    <message>
        <source>Export Diagram</source>
        <translation>Экспорт диаграммы</translation>
    </message>
    <message>
        <source>There is no diagram until the scenario is valid.</source>
        <translation>Диаграммы нет, пока сценарий содержит ошибки.</translation>
    </message>
    <message>
        <source>Export Diagram as SVG</source>
        <translation>Экспорт диаграммы в SVG</translation>
    </message>
    <message>
        <source>Export Diagram as PNG</source>
        <translation>Экспорт диаграммы в PNG</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>Изображения SVG (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Изображения PNG (*.png)</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>Экспортировано: %1</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Не удаётся записать %1.</translation>
    </message>
    <message>
        <source>Open &amp;Lesson</source>
        <translation>Открыть &amp;урок</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Уроки</translation>
    </message>
    <message>
        <source>L&amp;essons</source>
        <translation>&amp;Уроки</translation>
    </message>
    <message>
        <source>Show or hide the lessons library</source>
        <translation>Показать или скрыть библиотеку уроков</translation>
    </message>
    <message>
        <source>&amp;Title and Notes…</source>
        <translation>&amp;Название и заметки…</translation>
    </message>
    <message>
        <source>Untitled scenario</source>
        <translation>Сценарий без названия</translation>
    </message>
    <message>
        <source>add a title and notes</source>
        <translation>добавить название и заметки</translation>
    </message>
    <message>
        <source>edit</source>
        <translation>изменить</translation>
    </message>
    <message>
        <source>Edit title and notes</source>
        <translation>Изменение названия и заметок</translation>
    </message>
    <message>
        <source>Lesson: %1</source>
        <translation>Урок: %1</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>С&amp;ервис</translation>
    </message>
    <message>
        <source>&amp;Probe Server…</source>
        <translation>&amp;Опросить сервер…</translation>
    </message>
    <message>
        <source>&amp;Audit Server…</source>
        <translation>&amp;Аудит сервера…</translation>
    </message>
    <message>
        <source>Opened the probe of %1: the routes are the server&apos;s real answers.</source>
        <translation>Открыт результат опроса %1: маршруты — настоящие ответы сервера.</translation>
    </message>
    <message>
        <source>&amp;Copy Request As</source>
        <translation>Копировать &amp;запрос как</translation>
    </message>
    <message>
        <source>The request as the browser sends it (Origin, the preflight first), to replay against your server</source>
        <translation>Запрос так, как его отправляет браузер (с Origin, сначала предзапрос), чтобы повторить его на своём сервере</translation>
    </message>
    <message>
        <source>&amp;fetch() (Node.js)</source>
        <translation>&amp;fetch() (Node.js)</translation>
    </message>
    <message>
        <source>&amp;cURL</source>
        <translation>c&amp;URL</translation>
    </message>
    <message>
        <source>&amp;HTTPie</source>
        <translation>&amp;HTTPie</translation>
    </message>
    <message>
        <source>&amp;Paste Request</source>
        <translation>Вст&amp;авить запрос</translation>
    </message>
    <message>
        <source>A request copied in DevTools (Copy as fetch, cURL or PowerShell) or a raw HTTP request</source>
        <translation>Запрос, скопированный в DevTools (Copy as fetch, cURL или PowerShell), или запрос HTTP как есть</translation>
    </message>
    <message>
        <source>Cannot paste the request</source>
        <translation>Не удаётся вставить запрос</translation>
    </message>
    <message>
        <source>The clipboard does not hold a request corslab can read (%1). Nothing was changed.</source>
        <translation>В буфере обмена нет запроса, который corslab может прочитать (%1). Ничего не изменено.</translation>
    </message>
    <message>
        <source>Paste request</source>
        <translation>Вставка запроса</translation>
    </message>
    <message>
        <source>Pasted a %1 copy.</source>
        <translation>Вставлена копия в формате %1.</translation>
    </message>
    <message>
        <source>Pasted a %1 copy; left out the headers the browser sets itself: %2</source>
        <translation>Вставлена копия в формате %1; пропущены заголовки, которые браузер ставит сам: %2</translation>
    </message>
    <message>
        <source>Nothing to copy: the browser sends no request for this scenario.</source>
        <translation>Копировать нечего: в этом сценарии браузер не отправляет запросов.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n request(s) as %1.</source>
        <translation>
            <numerusform>Скопирован %n запрос как %1.</numerusform>
            <numerusform>Скопировано %n запроса как %1.</numerusform>
            <numerusform>Скопировано %n запросов как %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import HAR…</source>
        <translation>&amp;Импорт HAR…</translation>
    </message>
    <message>
        <source>Every request of a HAR saved in DevTools (Chrome, Firefox) or by Playwright, judged</source>
        <translation>Оценка каждого запроса из HAR, сохранённого в DevTools (Chrome, Firefox) или Playwright</translation>
    </message>
    <message>
        <source>Import HAR</source>
        <translation>Импорт HAR</translation>
    </message>
    <message>
        <source>HAR files (*.har);;JSON files (*.json);;All files (*)</source>
        <translation>Файлы HAR (*.har);;Файлы JSON (*.json);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Opened %1: the routes are the responses the HAR recorded.</source>
        <translation>Открыт %1: маршруты — ответы, записанные в HAR.</translation>
    </message>
    <message>
        <source>Block third-party cookies</source>
        <translation>Блокировать сторонние cookie</translation>
    </message>
    <message>
        <source>Allow third-party cookies</source>
        <translation>Разрешить сторонние cookie</translation>
    </message>
    <message>
        <source>Edit cookie jar</source>
        <translation>Изменить хранилище cookie</translation>
    </message>
    <message>
        <source>Edit page headers</source>
        <translation>Изменить заголовки страницы</translation>
    </message>
    <message>
        <source>Browser: cookies and the page&apos;s headers</source>
        <translation>Браузер: cookie и заголовки страницы</translation>
    </message>
    <message>
        <source>&amp;Block This…</source>
        <translation>&amp;Заблокировать…</translation>
    </message>
    <message>
        <source>The server changes that make the browser refuse the request</source>
        <translation>Изменения на сервере, после которых браузер отказывает запросу</translation>
    </message>
    <message>
        <source>Block this</source>
        <translation>Заблокировать</translation>
    </message>
    <message>
        <source>SOP against CORS</source>
        <translation>SOP против CORS</translation>
    </message>
    <message>
        <source>&amp;Projector Mode</source>
        <translation>&amp;Режим проектора</translation>
    </message>
    <message>
        <source>Large type and only what the lesson needs; arrows move between lessons, Esc leaves</source>
        <translation>Крупный шрифт и только то, что нужно уроку; стрелки переключают уроки, Esc — выход</translation>
    </message>
    <message>
        <source>Welcome lesson</source>
        <translation>Вводный урок</translation>
    </message>
    <message>
        <source>Lesson %1 of %2</source>
        <translation>Урок %1 из %2</translation>
    </message>
    <message>
        <source>Export Ver&amp;dict as PNG…</source>
        <translation>Экспорт &amp;вердикта в PNG…</translation>
    </message>
    <message>
        <source>Export &amp;Handout…</source>
        <translation>Экспорт &amp;памятки…</translation>
    </message>
    <message>
        <source>There is no verdict until the scenario is valid.</source>
        <translation>Вердикта нет, пока сценарий некорректен.</translation>
    </message>
    <message>
        <source>Export Handout</source>
        <translation>Экспорт памятки</translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation>Веб-страницы (*.html)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>Export Verdict as PNG</source>
        <translation>Экспорт вердикта в PNG</translation>
    </message>
    <message>
        <source>Request via %1</source>
        <translation>Запрос через %1</translation>
    </message>
    <message>
        <source>Every tag</source>
        <translation>Все теги</translation>
    </message>
    <message>
        <source>Firefox ESR 153</source>
        <translation>Firefox ESR 153</translation>
    </message>
    <message>
        <source>Compare &amp;Browsers</source>
        <translation>&amp;Сравнить браузеры</translation>
    </message>
    <message>
        <source>Show Chromium&apos;s and Firefox&apos;s verdicts side by side, and why they differ</source>
        <translation>Показать вердикты Chromium и Firefox рядом и причины расхождений</translation>
    </message>
</context>
<context>
    <name>corslab::MatrixView</name>
    <message>
        <source>Every way a page can ask for a URL, side by side.</source>
        <translation>Все способы, которыми страница может запросить URL, рядом.</translation>
    </message>
    <message>
        <source>%1 asked for by every tag and API, with this server&apos;s answers. Click a row to make it the request.</source>
        <translation>%1, запрошенный каждым тегом и API, с ответами этого сервера. Щёлкните строку, чтобы сделать её запросом.</translation>
    </message>
</context>
<context>
    <name>corslab::OriginComparisonModel</name>
    <message>
        <source>Page</source>
        <translation>Страница</translation>
    </message>
    <message>
        <source>Redirect %1</source>
        <translation>Перенаправление %1</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Запрос</translation>
    </message>
    <message>
        <source>same origin</source>
        <translation>тот же источник</translation>
    </message>
    <message>
        <source>cross-site</source>
        <translation>другой сайт</translation>
    </message>
    <message>
        <source>the same as the page&apos;s (%1)</source>
        <translation>как у страницы (%1)</translation>
    </message>
    <message>
        <source>differs from the page&apos;s (%1)</source>
        <translation>отличается от страницы (%1)</translation>
    </message>
    <message>
        <source>Origin of</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation>Схема</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Хост</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Порт</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <source>Same origin?</source>
        <translation>Тот же источник?</translation>
    </message>
    <message>
        <source>opaque</source>
        <translation>непрозрачный</translation>
    </message>
    <message>
        <source>same site</source>
        <translation>тот же сайт</translation>
    </message>
    <message>
        <source>An opaque origin (a sandboxed page, a data: or file: URL) is same-origin with nothing else.</source>
        <translation>Непрозрачный источник (страница в песочнице, URL data: или file:) не совпадает ни с чем другим.</translation>
    </message>
    <message>
        <source>Scheme, host and port are all the same: the same-origin policy lets the page read it.</source>
        <translation>Схема, хост и порт совпадают: политика одного источника разрешает странице чтение.</translation>
    </message>
    <message>
        <source>Cross-origin, but the same schemeful site (SameSite cookies go).</source>
        <translation>Другой источник, но тот же сайт с учётом схемы (cookie SameSite отправляются).</translation>
    </message>
    <message>
        <source>Cross-origin and cross-site.</source>
        <translation>Другой источник и другой сайт.</translation>
    </message>
</context>
<context>
    <name>corslab::PageEditor</name>
    <message>
        <source>The URL of the page whose script or markup makes the request</source>
        <translation>URL страницы, чей скрипт или разметка выполняет запрос</translation>
    </message>
    <message>
        <source>&amp;Sandboxed</source>
        <translation>В &amp;песочнице</translation>
    </message>
    <message>
        <source>The page is in a sandboxed iframe (sandbox=&quot;allow-scripts&quot;): its origin is opaque, serialised as &quot;null&quot;</source>
        <translation>Страница во фрейме-песочнице (sandbox=&quot;allow-scripts&quot;): её источник непрозрачный и записывается как &quot;null&quot;</translation>
    </message>
    <message>
        <source>https://html.spec.whatwg.org/multipage/browsers.html#concept-origin</source>
        <translation>https://html.spec.whatwg.org/multipage/browsers.html#concept-origin</translation>
    </message>
    <message>
        <source>The schemeful site: scheme and registrable domain (https://html.spec.whatwg.org/multipage/browsers.html#obtain-a-site)</source>
        <translation>Сайт с учётом схемы: схема и регистрируемый домен (https://html.spec.whatwg.org/multipage/browsers.html#obtain-a-site)</translation>
    </message>
    <message>
        <source>Page &amp;URL:</source>
        <translation>&amp;URL страницы:</translation>
    </message>
    <message>
        <source>Origin:</source>
        <translation>Источник:</translation>
    </message>
    <message>
        <source>Site:</source>
        <translation>Сайт:</translation>
    </message>
    <message>
        <source>(no URL)</source>
        <translation>(нет URL)</translation>
    </message>
    <message>
        <source>invalid URL: %1</source>
        <translation>недопустимый URL: %1</translation>
    </message>
    <message>
        <source>null (opaque: sandboxed)</source>
        <translation>null (непрозрачный: песочница)</translation>
    </message>
    <message>
        <source>null (opaque)</source>
        <translation>null (непрозрачный)</translation>
    </message>
    <message>
        <source>none (opaque origin)</source>
        <translation>нет (непрозрачный источник)</translation>
    </message>
</context>
<context>
    <name>corslab::ProbeDialog</name>
    <message>
        <source>Probe Server</source>
        <translation>Опрос сервера</translation>
    </message>
    <message>
        <source>Sends what Chromium would send to a real server (the preflight, the request, every redirect hop) and judges the real answers. Only this URL&apos;s server is contacted.</source>
        <translation>Отправляет настоящему серверу то же, что отправил бы Chromium (предзапрос, запрос, каждый шаг перенаправления), и оценивает настоящие ответы. Обращение идёт только к серверу этого URL.</translation>
    </message>
    <message>
        <source>Server &amp;URL:</source>
        <translation>&amp;URL сервера:</translation>
    </message>
    <message>
        <source>The page&apos;s origin, as its Origin header says it; null for a sandboxed page.</source>
        <translation>Источник страницы в том виде, в каком его передаёт заголовок Origin; null для страницы в песочнице.</translation>
    </message>
    <message>
        <source>Page &amp;origin:</source>
        <translation>&amp;Источник страницы:</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Метод:</translation>
    </message>
    <message>
        <source>Made &amp;by:</source>
        <translation>С&amp;пособ:</translation>
    </message>
    <message>
        <source>(default of the request)</source>
        <translation>(по умолчанию для запроса)</translation>
    </message>
    <message>
        <source>&amp;Credentials:</source>
        <translation>&amp;Учётные данные:</translation>
    </message>
    <message>
        <source>Name: value, one per line</source>
        <translation>Имя: значение, по одному на строку</translation>
    </message>
    <message>
        <source>&amp;Headers:</source>
        <translation>&amp;Заголовки:</translation>
    </message>
    <message>
        <source>B&amp;ody:</source>
        <translation>&amp;Тело:</translation>
    </message>
    <message>
        <source>Sent as the Cookie header wherever the browser would send cookies.</source>
        <translation>Отправляется в заголовке Cookie везде, где браузер отправил бы cookie.</translation>
    </message>
    <message>
        <source>Coo&amp;kies:</source>
        <translation>Coo&amp;kie:</translation>
    </message>
    <message>
        <source>&amp;Probe</source>
        <translation>&amp;Опросить</translation>
    </message>
    <message>
        <source>Sending %1 %2 …</source>
        <translation>Отправка %1 %2 …</translation>
    </message>
    <message>
        <source>Headers, line %1: write it as Name: value</source>
        <translation>Заголовки, строка %1: запишите её в виде Имя: значение</translation>
    </message>
    <message>
        <source>Give the page&apos;s origin (or null).</source>
        <translation>Укажите источник страницы (или null).</translation>
    </message>
    <message>
        <source>Probing…</source>
        <translation>Опрос…</translation>
    </message>
</context>
<context>
    <name>corslab::ProjectorView</name>
    <message>
        <source>The browser sends no request.</source>
        <translation>Браузер не отправляет запрос.</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <source>no Origin header</source>
        <translation>заголовка Origin нет</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Ответа нет</translation>
    </message>
    <message>
        <source>Answered %1</source>
        <translation>Ответ %1</translation>
    </message>
    <message>
        <source>no Access-Control-* header</source>
        <translation>заголовков Access-Control-* нет</translation>
    </message>
    <message>
        <source>Key headers</source>
        <translation>Главные заголовки</translation>
    </message>
    <message>
        <source>← → next and previous lesson · S same-origin policy against CORS · Esc leaves</source>
        <translation>← → следующий и предыдущий урок · S — политика одного источника против CORS · Esc — выход</translation>
    </message>
</context>
<context>
    <name>corslab::QuizView</name>
    <message>
        <source>mode &quot;same-origin&quot; to another origin</source>
        <translation>режим &quot;same-origin&quot; к другому источнику</translation>
    </message>
    <message>
        <source>the preflight failed on a network error</source>
        <translation>предварительный запрос упал с сетевой ошибкой</translation>
    </message>
    <message>
        <source>&quot;*&quot; with credentials</source>
        <translation>&quot;*&quot; вместе с учётными данными</translation>
    </message>
    <message>
        <source>no Access-Control-Allow-Origin</source>
        <translation>нет Access-Control-Allow-Origin</translation>
    </message>
    <message>
        <source>more than one Allow-Origin value</source>
        <translation>больше одного значения Allow-Origin</translation>
    </message>
    <message>
        <source>Allow-Origin is not an origin</source>
        <translation>Allow-Origin — не источник</translation>
    </message>
    <message>
        <source>Allow-Origin names another origin</source>
        <translation>Allow-Origin называет другой источник</translation>
    </message>
    <message>
        <source>Allow-Credentials is not &quot;true&quot;</source>
        <translation>Allow-Credentials — не &quot;true&quot;</translation>
    </message>
    <message>
        <source>a scheme without CORS</source>
        <translation>схема без CORS</translation>
    </message>
    <message>
        <source>the preflight&apos;s status is not 2xx</source>
        <translation>статус предварительного запроса — не 2xx</translation>
    </message>
    <message>
        <source>the preflight was redirected</source>
        <translation>предварительный запрос перенаправлен</translation>
    </message>
    <message>
        <source>preflight: &quot;*&quot; with credentials</source>
        <translation>предварительный: &quot;*&quot; с учётными данными</translation>
    </message>
    <message>
        <source>preflight: no Access-Control-Allow-Origin</source>
        <translation>предварительный: нет Access-Control-Allow-Origin</translation>
    </message>
    <message>
        <source>preflight: more than one Allow-Origin value</source>
        <translation>предварительный: больше одного значения Allow-Origin</translation>
    </message>
    <message>
        <source>preflight: Allow-Origin is not an origin</source>
        <translation>предварительный: Allow-Origin — не источник</translation>
    </message>
    <message>
        <source>preflight: Allow-Origin names another origin</source>
        <translation>предварительный: Allow-Origin называет другой источник</translation>
    </message>
    <message>
        <source>preflight: Allow-Credentials is not &quot;true&quot;</source>
        <translation>предварительный: Allow-Credentials — не &quot;true&quot;</translation>
    </message>
    <message>
        <source>Allow-Methods is not a list of methods</source>
        <translation>Allow-Methods — не список методов</translation>
    </message>
    <message>
        <source>Allow-Headers is not a list of names</source>
        <translation>Allow-Headers — не список имён</translation>
    </message>
    <message>
        <source>the method is not allowed</source>
        <translation>метод не разрешён</translation>
    </message>
    <message>
        <source>a header is not allowed</source>
        <translation>заголовок не разрешён</translation>
    </message>
    <message>
        <source>a redirect to a user:pass@ URL</source>
        <translation>перенаправление на URL с user:pass@</translation>
    </message>
    <message>
        <source>http: content on an https page</source>
        <translation>http-содержимое на https-странице</translation>
    </message>
    <message>
        <source>ORB: an opaque response blocked</source>
        <translation>ORB: непрозрачный ответ заблокирован</translation>
    </message>
    <message>
        <source>no-cors with a method not safelisted</source>
        <translation>no-cors с методом не из безопасного списка</translation>
    </message>
    <message>
        <source>a form in a sandbox without allow-forms</source>
        <translation>форма в песочнице без allow-forms</translation>
    </message>
    <message>
        <source>fetch() of a user:pass@ URL</source>
        <translation>fetch() URL с user:pass@</translation>
    </message>
    <message>
        <source>a subresource URL with user:pass@</source>
        <translation>URL подресурса с user:pass@</translation>
    </message>
    <message>
        <source>CORP same-origin</source>
        <translation>CORP same-origin</translation>
    </message>
    <message>
        <source>CORP same-site</source>
        <translation>CORP same-site</translation>
    </message>
    <message>
        <source>no CORP under the page&apos;s COEP</source>
        <translation>нет CORP при COEP страницы</translation>
    </message>
    <message>
        <source>the frame needs its own COEP</source>
        <translation>фрейму нужен свой COEP</translation>
    </message>
    <message>
        <source>X-Frame-Options refuses the frame</source>
        <translation>X-Frame-Options запрещает фрейм</translation>
    </message>
    <message>
        <source>frame-ancestors does not list the page</source>
        <translation>frame-ancestors не называет страницу</translation>
    </message>
    <message>
        <source>more than 20 redirects</source>
        <translation>больше 20 перенаправлений</translation>
    </message>
    <message>
        <source>a Location that does not parse</source>
        <translation>Location не разбирается</translation>
    </message>
    <message>
        <source>a redirect to a local scheme</source>
        <translation>перенаправление на локальную схему</translation>
    </message>
    <message>
        <source>a redirect to an unknown scheme</source>
        <translation>перенаправление на неизвестную схему</translation>
    </message>
    <message>
        <source>a 407 from a server</source>
        <translation>407 от сервера</translation>
    </message>
    <message>
        <source>an insecure form, stopped by the browser</source>
        <translation>небезопасная форма, остановленная браузером</translation>
    </message>
    <message>
        <source>only a 1xx, then nothing</source>
        <translation>только 1xx, затем ничего</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>Викторина</translation>
    </message>
    <message>
        <source>%1: the quiz has no questions</source>
        <translation>%1: в викторине нет вопросов</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>Вопрос %1 из %2</translation>
    </message>
    <message>
        <source>Question %1</source>
        <translation>Вопрос %1</translation>
    </message>
    <message>
        <source>Page:</source>
        <translation>Страница:</translation>
    </message>
    <message>
        <source>sandboxed</source>
        <translation>в песочнице</translation>
    </message>
    <message>
        <source>Request:</source>
        <translation>Запрос:</translation>
    </message>
    <message>
        <source>The server answers:</source>
        <translation>Сервер отвечает:</translation>
    </message>
    <message>
        <source>no route: 404 to everything</source>
        <translation>маршрутов нет: на всё 404</translation>
    </message>
    <message>
        <source>Choose an outcome and whether a preflight goes first</source>
        <translation>Выберите исход и то, идёт ли сначала предварительный запрос</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>no error</source>
        <translation>без ошибки</translation>
    </message>
    <message>
        <source>none</source>
        <translation>никакие</translation>
    </message>
    <message>
        <source>This question&apos;s scenario has URLs that do not parse; it is skipped.</source>
        <translation>В сценарии этого вопроса есть URL, которые не разбираются; вопрос пропущен.</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Верно</translation>
    </message>
    <message>
        <source>Wrong — the answer: %1</source>
        <translation>Неверно — ответ: %1</translation>
    </message>
    <message>
        <source>Question %1: %2</source>
        <translation>Вопрос %1: %2</translation>
    </message>
    <message>
        <source>&amp;Next Question</source>
        <translation>&amp;Следующий вопрос</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Завершить</translation>
    </message>
    <message>
        <source>%1 of %2 predictions right</source>
        <translation>Верных предсказаний: %1 из %2</translation>
    </message>
    <message>
        <source>%1 of %2 right</source>
        <translation>верно %1 из %2</translation>
    </message>
    <message>
        <source>Score: %1 / %2</source>
        <translation>Счёт: %1 / %2</translation>
    </message>
    <message>
        <source>&amp;Quiz</source>
        <translation>&amp;Викторина</translation>
    </message>
    <message>
        <source>New Quiz from &amp;Folder…</source>
        <translation>Новая викторина из &amp;папки…</translation>
    </message>
    <message>
        <source>New Quiz from &amp;Lesson Topic…</source>
        <translation>Новая викторина по &amp;теме уроков…</translation>
    </message>
    <message>
        <source>&amp;Open Quiz…</source>
        <translation>&amp;Открыть викторину…</translation>
    </message>
    <message>
        <source>&amp;Save Quiz As…</source>
        <translation>&amp;Сохранить викторину как…</translation>
    </message>
    <message>
        <source>&amp;Export Results as CSV…</source>
        <translation>&amp;Экспорт результатов в CSV…</translation>
    </message>
    <message>
        <source>&amp;Return to Quiz</source>
        <translation>&amp;Вернуться к викторине</translation>
    </message>
    <message>
        <source>&amp;Close Quiz</source>
        <translation>&amp;Закрыть викторину</translation>
    </message>
    <message>
        <source>New Quiz from Folder</source>
        <translation>Новая викторина из папки</translation>
    </message>
    <message>
        <source>The folder does not make a quiz:
%1</source>
        <translation>Из папки не получается викторина:
%1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n lesson(s))</source>
        <translation>
            <numerusform>%1 (%n урок)</numerusform>
            <numerusform>%1 (%n урока)</numerusform>
            <numerusform>%1 (%n уроков)</numerusform>
        </translation>
    </message>
    <message>
        <source>New Quiz from Lesson Topic</source>
        <translation>Новая викторина по теме уроков</translation>
    </message>
    <message>
        <source>Topic:</source>
        <translation>Тема:</translation>
    </message>
    <message>
        <source>Open Quiz</source>
        <translation>Открыть викторину</translation>
    </message>
    <message>
        <source>Quizzes (*%1)</source>
        <translation>Викторины (*%1)</translation>
    </message>
    <message>
        <source>The quiz cannot be opened:
%1</source>
        <translation>Викторину не удаётся открыть:
%1</translation>
    </message>
    <message>
        <source>Save Quiz As</source>
        <translation>Сохранить викторину как</translation>
    </message>
    <message>
        <source>The quiz cannot be saved:
%1</source>
        <translation>Викторину не удаётся сохранить:
%1</translation>
    </message>
    <message>
        <source>Export Results as CSV</source>
        <translation>Экспорт результатов в CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>The results cannot be written:
%1</source>
        <translation>Результаты не удаётся записать:
%1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Back to the editor (Esc)</source>
        <translation>Назад к редактору (Esc)</translation>
    </message>
    <message>
        <source>What does the browser make of it?</source>
        <translation>Что сделает браузер?</translation>
    </message>
    <message>
        <source>&amp;Allowed</source>
        <translation>&amp;Разрешён</translation>
    </message>
    <message>
        <source>&amp;Blocked</source>
        <translation>&amp;Заблокирован</translation>
    </message>
    <message>
        <source>&amp;Opaque</source>
        <translation>&amp;Непрозрачный</translation>
    </message>
    <message>
        <source>Does a preflight (OPTIONS) go first?</source>
        <translation>Идёт ли сначала предварительный запрос (OPTIONS)?</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Да</translation>
    </message>
    <message>
        <source>N&amp;o</source>
        <translation>Н&amp;ет</translation>
    </message>
    <message>
        <source>Which error stops it?</source>
        <translation>Какая ошибка его остановит?</translation>
    </message>
    <message>
        <source>No error</source>
        <translation>Без ошибки</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Which cookies go with the request?</source>
        <translation>Какие cookie уйдут с запросом?</translation>
    </message>
    <message>
        <source>The jar holds no cookie.</source>
        <translation>В хранилище нет cookie.</translation>
    </message>
    <message>
        <source>&amp;Reveal</source>
        <translation>&amp;Показать ответ</translation>
    </message>
    <message>
        <source>Quiz finished</source>
        <translation>Викторина окончена</translation>
    </message>
    <message>
        <source>Start &amp;Again</source>
        <translation>Начать &amp;заново</translation>
    </message>
    <message>
        <source>Your prediction</source>
        <translation>Ваше предсказание</translation>
    </message>
</context>
<context>
    <name>corslab::RequestComposer</name>
    <message>
        <source>&lt;form&gt; submission</source>
        <translation>отправка &lt;form&gt;</translation>
    </message>
    <message>
        <source>navigation (link, location)</source>
        <translation>переход (ссылка, location)</translation>
    </message>
    <message>
        <source>&lt;img&gt;</source>
        <translation>&lt;img&gt;</translation>
    </message>
    <message>
        <source>&lt;script&gt;</source>
        <translation>&lt;script&gt;</translation>
    </message>
    <message>
        <source>&lt;link rel=stylesheet&gt;</source>
        <translation>&lt;link rel=stylesheet&gt;</translation>
    </message>
    <message>
        <source>@font-face font</source>
        <translation>шрифт @font-face</translation>
    </message>
    <message>
        <source>&lt;audio&gt;/&lt;video&gt;</source>
        <translation>&lt;audio&gt;/&lt;video&gt;</translation>
    </message>
    <message>
        <source>&lt;iframe&gt;</source>
        <translation>&lt;iframe&gt;</translation>
    </message>
    <message>
        <source>Write (sent, answer not shown to the page)</source>
        <translation>Запись (отправляется, ответ странице не виден)</translation>
    </message>
    <message>
        <source>Embed (used, contents not readable)</source>
        <translation>Встраивание (используется, содержимое не читается)</translation>
    </message>
    <message>
        <source>Read (script reads the response: CORS)</source>
        <translation>Чтение (скрипт читает ответ: CORS)</translation>
    </message>
    <message>
        <source>How the page makes the request. An element with a crossorigin attribute reads.</source>
        <translation>Как страница выполняет запрос. Элемент с атрибутом crossorigin читает ответ.</translation>
    </message>
    <message>
        <source>(default: cors)</source>
        <translation>(по умолчанию: cors)</translation>
    </message>
    <message>
        <source>(default: same-origin)</source>
        <translation>(по умолчанию: same-origin)</translation>
    </message>
    <message>
        <source>(no attribute)</source>
        <translation>(нет атрибута)</translation>
    </message>
    <message>
        <source>(default: urlencoded)</source>
        <translation>(по умолчанию: urlencoded)</translation>
    </message>
    <message>
        <source>(no body)</source>
        <translation>(без тела)</translation>
    </message>
    <message>
        <source>&amp;Via:</source>
        <translation>&amp;Способ:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Метод:</translation>
    </message>
    <message>
        <source>M&amp;ode:</source>
        <translation>Р&amp;ежим:</translation>
    </message>
    <message>
        <source>&amp;Credentials:</source>
        <translation>&amp;Учётные данные:</translation>
    </message>
    <message>
        <source>c&amp;rossorigin:</source>
        <translation>c&amp;rossorigin:</translation>
    </message>
    <message>
        <source>&amp;Enctype:</source>
        <translation>&amp;Кодировка (enctype):</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>&amp;Тело:</translation>
    </message>
    <message>
        <source>Request headers:</source>
        <translation>Заголовки запроса:</translation>
    </message>
    <message>
        <source>Change via</source>
        <translation>Смена способа запроса</translation>
    </message>
    <message>
        <source>Edit request URL</source>
        <translation>Изменение URL запроса</translation>
    </message>
    <message>
        <source>Edit method</source>
        <translation>Изменение метода</translation>
    </message>
    <message>
        <source>Change mode</source>
        <translation>Смена режима</translation>
    </message>
    <message>
        <source>Change credentials mode</source>
        <translation>Смена режима учётных данных</translation>
    </message>
    <message>
        <source>Change crossorigin</source>
        <translation>Смена crossorigin</translation>
    </message>
    <message>
        <source>Change enctype</source>
        <translation>Смена enctype</translation>
    </message>
    <message>
        <source>Edit body</source>
        <translation>Изменение тела</translation>
    </message>
    <message>
        <source>Edit request headers</source>
        <translation>Изменение заголовков запроса</translation>
    </message>
    <message>
        <source>%1 does not take this field</source>
        <translation>%1 не использует это поле</translation>
    </message>
    <message>
        <source>Only fetch() and XMLHttpRequest set request headers</source>
        <translation>Заголовки запроса задают только fetch() и XMLHttpRequest</translation>
    </message>
    <message>
        <source>fetch() in script</source>
        <translation>fetch() в скрипте</translation>
    </message>
    <message>
        <source>XMLHttpRequest in script</source>
        <translation>XMLHttpRequest в скрипте</translation>
    </message>
    <message>
        <source>Change referrer policy</source>
        <translation>Изменить политику реферера</translation>
    </message>
    <message>
        <source>(default: the page&apos;s policy)</source>
        <translation>(по умолчанию: политика страницы)</translation>
    </message>
    <message>
        <source>Re&amp;ferrer policy:</source>
        <translation>Политика &amp;реферера:</translation>
    </message>
</context>
<context>
    <name>corslab::RoutesModel</name>
    <message>
        <source>* (any)</source>
        <translation>* (любой)</translation>
    </message>
    <message>
        <source>A method (a token such as GET or OPTIONS), or * for any method</source>
        <translation>Метод (токен, например GET или OPTIONS) или * для любого метода</translation>
    </message>
    <message>
        <source>An absolute URL, e.g. https://api.example.com/items</source>
        <translation>Абсолютный URL, например https://api.example.com/items</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Метод</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>An HTTP status code, three digits (000–999)</source>
        <translation>Код статуса HTTP, три цифры (000–999)</translation>
    </message>
</context>
<context>
    <name>corslab::ScenarioDetailsDialog</name>
    <message>
        <source>Title and Notes</source>
        <translation>Название и заметки</translation>
    </message>
    <message>
        <source>The title and notes appear above the page, in the interface language when the scenario has them in it, otherwise in English.</source>
        <translation>Название и заметки показываются над страницей: на языке интерфейса, если в сценарии они есть на нём, иначе по-английски.</translation>
    </message>
    <message>
        <source>(the English notes)</source>
        <translation>(заметки на английском)</translation>
    </message>
    <message>
        <source>e.g. A preflight the server does not answer</source>
        <translation>например: сервер не отвечает на предзапрос</translation>
    </message>
    <message>
        <source>What the scenario shows, and what to try</source>
        <translation>Что показывает сценарий и что стоит попробовать</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Заметки:</translation>
    </message>
    <message>
        <source>Left empty, the English text is shown.</source>
        <translation>Если оставить пустым, показывается английский текст.</translation>
    </message>
</context>
<context>
    <name>corslab::SequenceDiagram</name>
    <message>
        <source>Sequence diagram</source>
        <translation>Диаграмма последовательности</translation>
    </message>
    <message>
        <source>corslab sequence diagram</source>
        <translation>Диаграмма последовательности corslab</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Страница</translation>
    </message>
    <message>
        <source>(no origin)</source>
        <translation>(нет источника)</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <source>No request yet.</source>
        <translation>Запроса пока нет.</translation>
    </message>
    <message>
        <source>Blocked before anything was sent</source>
        <translation>Заблокировано до отправки</translation>
    </message>
    <message>
        <source>preflight</source>
        <translation>предзапрос</translation>
    </message>
    <message>
        <source>request</source>
        <translation>запрос</translation>
    </message>
    <message>
        <source>redirect</source>
        <translation>перенаправление</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>no response</source>
        <translation>нет ответа</translation>
    </message>
    <message>
        <source>Blocked by the browser</source>
        <translation>Заблокировано браузером</translation>
    </message>
    <message>
        <source>Opaque: the page cannot read the response</source>
        <translation>Непрозрачный: страница не может прочитать ответ</translation>
    </message>
    <message>
        <source>Allowed: the page reads the response</source>
        <translation>Разрешено: страница читает ответ</translation>
    </message>
    <message>
        <source>Allowed: the request is sent (a write)</source>
        <translation>Разрешено: запрос отправлен (запись)</translation>
    </message>
    <message>
        <source>Allowed: the element uses the response (an embed)</source>
        <translation>Разрешено: элемент использует ответ (встраивание)</translation>
    </message>
    <message>
        <source>(nothing sent)</source>
        <translation>(ничего не отправлено)</translation>
    </message>
</context>
<context>
    <name>corslab::ServerConfigView</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>Copy the configuration to the clipboard</source>
        <translation>Скопировать конфигурацию в буфер обмена</translation>
    </message>
    <message>
        <source>The server or framework to write the configuration for</source>
        <translation>Сервер или фреймворк, для которого пишется конфигурация</translation>
    </message>
</context>
<context>
    <name>corslab::ServerEditor</name>
    <message>
        <source>Add &amp;preflight answer</source>
        <translation>Ответ на &amp;предзапрос</translation>
    </message>
    <message>
        <source>An OPTIONS route for the request URL that allows the page&apos;s origin, method and headers</source>
        <translation>Маршрут OPTIONS для URL запроса, разрешающий источник страницы, метод и заголовки</translation>
    </message>
    <message>
        <source>Add &amp;response</source>
        <translation>&amp;Ответ</translation>
    </message>
    <message>
        <source>A 200 response for the request URL, without CORS headers</source>
        <translation>Ответ 200 для URL запроса, без заголовков CORS</translation>
    </message>
    <message>
        <source>Add re&amp;direct</source>
        <translation>Пере&amp;направление</translation>
    </message>
    <message>
        <source>A 302 redirect from the request URL to another path on the same server</source>
        <translation>Перенаправление 302 с URL запроса на другой путь того же сервера</translation>
    </message>
    <message>
        <source>Remove route</source>
        <translation>Удалить маршрут</translation>
    </message>
    <message>
        <source>Add preflight answer</source>
        <translation>Добавление ответа на предзапрос</translation>
    </message>
    <message>
        <source>Add response</source>
        <translation>Добавление ответа</translation>
    </message>
    <message>
        <source>Add redirect</source>
        <translation>Добавление перенаправления</translation>
    </message>
    <message>
        <source>Edit route %1</source>
        <translation>Изменение маршрута %1</translation>
    </message>
    <message>
        <source>Edit headers of route %1</source>
        <translation>Изменение заголовков маршрута %1</translation>
    </message>
    <message>
        <source>Remove route %1</source>
        <translation>Удаление маршрута %1</translation>
    </message>
    <message>
        <source>Response headers (select a route)</source>
        <translation>Заголовки ответа (выберите маршрут)</translation>
    </message>
    <message>
        <source>Response headers of route %1 (%2 %3 → %4):</source>
        <translation>Заголовки ответа маршрута %1 (%2 %3 → %4):</translation>
    </message>
    <message>
        <source>Move route up</source>
        <translation>Маршрут выше</translation>
    </message>
    <message>
        <source>Move the selected route up (Alt+Up): the first route that matches a request answers it</source>
        <translation>Переместить выбранный маршрут выше (Alt+Вверх): на запрос отвечает первый подходящий маршрут</translation>
    </message>
    <message>
        <source>Move route down</source>
        <translation>Маршрут ниже</translation>
    </message>
    <message>
        <source>Move the selected route down (Alt+Down): the first route that matches a request answers it</source>
        <translation>Переместить выбранный маршрут ниже (Alt+Вниз): на запрос отвечает первый подходящий маршрут</translation>
    </message>
    <message>
        <source>Move route %1 up</source>
        <translation>Перемещение маршрута %1 выше</translation>
    </message>
    <message>
        <source>Move route %1 down</source>
        <translation>Перемещение маршрута %1 ниже</translation>
    </message>
</context>
<context>
    <name>corslab::SopContrastView</name>
    <message>
        <source>Same-origin policy alone</source>
        <translation>Только правило одного источника</translation>
    </message>
    <message>
        <source>The server&apos;s answers without Access-Control-*, Cross-Origin-*, Timing-Allow-Origin, X-Frame-Options and frame-ancestors</source>
        <translation>Ответы сервера без Access-Control-*, Cross-Origin-*, Timing-Allow-Origin, X-Frame-Options и frame-ancestors</translation>
    </message>
    <message>
        <source>With the server&apos;s headers</source>
        <translation>С заголовками сервера</translation>
    </message>
    <message>
        <source>The scenario as it is: CORS and the other cross-origin headers the server sends</source>
        <translation>Сценарий как есть: CORS и другие межисточниковые заголовки, которые присылает сервер</translation>
    </message>
    <message>
        <source>No contrast until the scenario&apos;s URLs are valid.</source>
        <translation>Сравнения нет, пока URL сценария не станут корректными.</translation>
    </message>
    <message>
        <source>Taken off: %1</source>
        <translation>Убрано: %1</translation>
    </message>
    <message>
        <source>Nothing taken off: the server sends no cross-origin headers.</source>
        <translation>Ничего не убрано: сервер не присылает межисточниковых заголовков.</translation>
    </message>
    <message>
        <source>The page can use:</source>
        <translation>Странице доступно:</translation>
    </message>
    <message>
        <source>Difference:</source>
        <translation>Разница:</translation>
    </message>
</context>
<context>
    <name>corslab::VerdictBanner</name>
    <message>
        <source>No verdict yet</source>
        <translation>Вердикта пока нет</translation>
    </message>
    <message>
        <source>Open or compose a scenario to see what the browser does with its request.</source>
        <translation>Откройте или составьте сценарий, чтобы увидеть, что браузер сделает с его запросом.</translation>
    </message>
    <message>
        <source>write: a navigation or form submission</source>
        <translation>запись: переход или отправка формы</translation>
    </message>
    <message>
        <source>embed: an element uses the response without reading it</source>
        <translation>встраивание: элемент использует ответ, не читая его</translation>
    </message>
    <message>
        <source>read: script (or a crossorigin element) reads the response</source>
        <translation>чтение: скрипт (или элемент с crossorigin) читает ответ</translation>
    </message>
    <message>
        <source>same origin</source>
        <translation>тот же источник</translation>
    </message>
    <message>
        <source>cross-origin</source>
        <translation>другой источник</translation>
    </message>
    <message>
        <source>same site</source>
        <translation>тот же сайт</translation>
    </message>
    <message>
        <source>cross-site</source>
        <translation>другой сайт</translation>
    </message>
</context>
<context>
    <name>corslab::VerdictComparisonView</name>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>The two differ here.</source>
        <translation>Здесь они расходятся.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
</context>
<context>
    <name>corslab::VerdictModel</name>
    <message>
        <source>pass</source>
        <translation>пройдено</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>не пройдено</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Стандарт</translation>
    </message>
</context>
<context>
    <name>corslab::VerdictPanel</name>
    <message>
        <source>Real engine and model</source>
        <translation>Настоящий движок и модель</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <source>Console (Chromium):</source>
        <translation>Консоль (Chromium):</translation>
    </message>
    <message>
        <source>Firefox&apos;s reason:</source>
        <translation>Причина в Firefox:</translation>
    </message>
    <message>
        <source>Response headers script can read:</source>
        <translation>Заголовки ответа, доступные скрипту:</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Исправление</translation>
    </message>
    <message>
        <source>Click a link in the Standard column (or double-click a row) to open the standard.</source>
        <translation>Щёлкните ссылку в столбце «Стандарт» (или дважды щёлкните строку), чтобы открыть стандарт.</translation>
    </message>
    <message>
        <source>none: the page cannot read the response</source>
        <translation>никаких: страница не может прочитать ответ</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Apply fixes</source>
        <translation>Применить исправления</translation>
    </message>
    <message>
        <source>Apply fix</source>
        <translation>Применить исправление</translation>
    </message>
    <message>
        <source>Change the scenario as described above (one step to undo).</source>
        <translation>Изменить сценарий, как описано выше (отменяется одним шагом).</translation>
    </message>
    <message>
        <source>Real engine</source>
        <translation>Настоящий движок</translation>
    </message>
    <message>
        <source>Real engine (%1)</source>
        <translation>Настоящий движок (%1)</translation>
    </message>
    <message>
        <source>The real engine agrees with the model.</source>
        <translation>Настоящий движок согласен с моделью.</translation>
    </message>
    <message numerus="yes">
        <source>The real engine differs from the model in %n field(s).</source>
        <translation>
            <numerusform>Настоящий движок расходится с моделью в %n поле.</numerusform>
            <numerusform>Настоящий движок расходится с моделью в %n полях.</numerusform>
            <numerusform>Настоящий движок расходится с моделью в %n полях.</numerusform>
        </translation>
    </message>
    <message>
        <source>Server configuration…</source>
        <translation>Конфигурация сервера…</translation>
    </message>
    <message>
        <source>The same fix as configuration for nginx, Apache, Caddy, Express, Django, Flask, Spring or ASP.NET Core</source>
        <translation>То же исправление в виде конфигурации для nginx, Apache, Caddy, Express, Django, Flask, Spring или ASP.NET Core</translation>
    </message>
    <message>
        <source>Besides the CORS headers below, the fix changes what a CORS configuration does not: %1</source>
        <translation>Помимо заголовков CORS ниже, исправление меняет то, чего не касается конфигурация CORS: %1</translation>
    </message>
    <message>
        <source>Block this</source>
        <translation>Заблокировать</translation>
    </message>
    <message>
        <source>The smallest server changes that make the browser refuse this request, each checked by evaluating again</source>
        <translation>Самые малые изменения на сервере, после которых браузер отказывает этому запросу; каждое проверено повторной оценкой</translation>
    </message>
    <message>
        <source>Choose the change to make (one step to undo):</source>
        <translation>Выберите изменение (отменяется одним шагом):</translation>
    </message>
    <message>
        <source>Apply block</source>
        <translation>Применить блокировку</translation>
    </message>
    <message>
        <source>[%1] %2
%3
After: %4</source>
        <translation>[%1] %2
%3
После: %4</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Блокировка</translation>
    </message>
    <message>
        <source>Console (Firefox):</source>
        <translation>Консоль (Firefox):</translation>
    </message>
    <message>
        <source>Chromium and Firefox</source>
        <translation>Chromium и Firefox</translation>
    </message>
    <message>
        <source>Chromium</source>
        <translation>Chromium</translation>
    </message>
    <message>
        <source>Firefox ESR 153</source>
        <translation>Firefox ESR 153</translation>
    </message>
    <message>
        <source>Firefox differs in: %1.</source>
        <translation>Firefox расходится в: %1.</translation>
    </message>
    <message>
        <source>Firefox decides the same as Chromium.</source>
        <translation>Firefox решает так же, как Chromium.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>What a browser does with a cross-origin request.</source>
        <translation>Что браузер делает с запросом к другому источнику.</translation>
    </message>
    <message>
        <source>A scenario file (*.cors.json) to open.</source>
        <translation>Файл сценария (*.cors.json) для открытия.</translation>
    </message>
    <message>
        <source>Exit once the main window has painted (startup measurement).</source>
        <translation>Выйти, как только главное окно отрисуется (замер времени запуска).</translation>
    </message>
    <message>
        <source>Render the main window (or the --view) offscreen into a PNG and exit.</source>
        <translation>Отрисовать главное окно (или представление из --view) вне экрана в PNG и выйти.</translation>
    </message>
    <message>
        <source>With --screenshot: the view to render (%1).</source>
        <translation>С --screenshot: какое представление отрисовать (%1).</translation>
    </message>
    <message>
        <source>corslab: unknown view &apos;%1&apos;; the views are: %2
</source>
        <translation>corslab: неизвестное представление «%1»; есть такие: %2
</translation>
    </message>
</context>
</TS>
