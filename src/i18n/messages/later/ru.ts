/**
 * Русский, the later part: what the page says only once it is taken over (see `LaterMessage` in
 * `../../messages.ts`), fetched after the takeover. Plurals as in `../ru.ts`.
 */
import type { LaterCatalog } from '../../messages.ts';

export default {
  // The 404 page.
  'Not a talk here': 'Здесь нет выступления',
  'This address is not a talk here': 'По этому адресу нет выступления',
  'There is no page at this address. It may be mistyped, or the talk may have moved or been taken down.':
    'По этому адресу нет страницы. Возможно, в адресе опечатка, или выступление перенесли либо убрали.',
  'Go to the library’s home page': 'Перейдите на главную страницу библиотеки',
  'to find the talk.': 'и найдите там выступление.',

  // A file the reader opened.
  'This file could not be opened': 'Этот файл не открывается',
  'has a problem that stops it from showing:|has problems that stop it from showing:': {
    one: '— ошибка, из-за которой его не показать:',
    few: '— ошибки, из-за которых его не показать:',
    many: '— ошибки, из-за которых его не показать:',
    other: '— ошибки, из-за которых его не показать:',
  },
  'Talkline reads its talk markdown, WebVTT (YouTube auto-captions included), SubRip and Podcasting 2.0 JSON. Fix the file and open it again, or open another one.':
    'Talkline читает свой markdown, WebVTT (и автосубтитры YouTube), SubRip и Podcasting 2.0 JSON. Исправьте файл и откройте его снова или откройте другой.',
  'Open another file…': 'Открыть другой файл…',
  Back: 'Назад',
  'This file is not here': 'Этого файла здесь нет',
  'Files you open are read and remembered in this browser only. This one was forgotten, or the link comes from another browser or computer. Open the file again to see it.':
    'Открытые файлы читаются и запоминаются только в этом браузере. Этот файл забыт, или ссылка пришла из другого браузера или с другого компьютера. Откройте файл снова, чтобы его увидеть.',

  // The keys' help.
  'Play or pause': 'Пуск или пауза',
  'Back 10 seconds': 'Назад на 10 секунд',
  'Forward 10 seconds': 'Вперёд на 10 секунд',
  'Previous turn': 'Предыдущая реплика',
  'Next turn': 'Следующая реплика',
  'Move through turns; Enter plays from the focused turn': 'Переход по репликам; Enter воспроизводит выбранную',
  'Show or hide these shortcuts': 'Показать или скрыть эту справку',
  'Search the transcript': 'Поиск по расшифровке',
  'In the search box: next or previous result': 'В поле поиска: следующий или предыдущий результат',
  'In the search box: clear the search': 'В поле поиска: очистить поиск',
  'In order': 'По порядку',
  'List the results in talk order, as Enter goes through them': 'Результаты в порядке выступления, как их обходит Enter',
  'Best match': 'Лучшие',
  'List the best matches first; Enter still goes through the talk in order': 'Сначала лучшие совпадения; Enter по-прежнему идёт по порядку',

  // Opening a file.
  'Drop a transcript to open it': 'Отпустите расшифровку, чтобы открыть её',
  'Markdown, WebVTT, SubRip or Podcasting 2.0 JSON. It is read here and never uploaded.':
    'Markdown, WebVTT, SubRip или Podcasting 2.0 JSON. Файл читается здесь и никуда не загружается.',
  'Which video?': 'Какое видео?',
  'Which video is this transcript for?': 'К какому видео эта расшифровка?',
  'does not name its YouTube video.': 'не указывает своё видео на YouTube.',
  'YouTube link or video id': 'Ссылка на YouTube или идентификатор видео',
  'For example': 'Например,',
  'Paste the video’s YouTube link or its 11-character id, or read the transcript without the video.':
    'Вставьте ссылку на видео на YouTube или его идентификатор из 11 знаков либо читайте расшифровку без видео.',
  '“{typed}” is neither a YouTube link nor a video id (11 characters: letters, digits, - and _).':
    '«{typed}» — не ссылка на YouTube и не идентификатор видео (11 знаков: буквы, цифры, - и _).',
  'Show with this video': 'Показать с этим видео',
  'Read without the video': 'Читать без видео',
  Cancel: 'Отмена',
  'This file is too large for the browser to remember (over 1.5 million characters): it will be gone after a reload.':
    'Этот файл слишком велик, чтобы браузер его запомнил (больше 1,5 миллиона знаков): после перезагрузки его не будет.',
  'The browser’s storage for this page is full, so this file is not remembered: it will be gone after a reload. The files remembered before are kept.':
    'Хранилище браузера для этой страницы заполнено, и файл не запомнен: после перезагрузки его не будет. Запомненные раньше файлы сохранены.',
  'The browser refused to store this file: it will be gone after a reload.': 'Браузер отказался сохранить этот файл: после перезагрузки его не будет.',
  'This browser blocks storage for this page, so no file is remembered: this one will be gone after a reload.':
    'Этот браузер не даёт странице ничего хранить, и файлы не запоминаются: после перезагрузки этого файла не будет.',

  // Why the player cannot play.
  'The audio file is not on the server.': 'Аудиофайла нет на сервере.',
  'The video file is not on the server.': 'Видеофайла нет на сервере.',
  'Its address answered with a web page instead of the file: the file was moved, renamed or never uploaded.':
    'По его адресу вместо файла открылась веб-страница: файл перенесли, переименовали или так и не загрузили.',
  'Its address answered “not found” (HTTP {status}): the file was moved, renamed or never uploaded.':
    'По его адресу ответили «не найдено» (HTTP {status}): файл перенесли, переименовали или так и не загрузили.',
  'This browser cannot play this kind of audio.': 'Этот браузер не воспроизводит такое аудио.',
  'This browser cannot play this kind of video.': 'Этот браузер не воспроизводит такое видео.',
  "The file's type is not one this browser plays. Another browser may, or the file itself can be downloaded.":
    'Этот браузер не воспроизводит файлы такого типа. Другой браузер, возможно, справится, а сам файл можно скачать.',
  'The audio could not be loaded.': 'Не удалось загрузить аудио.',
  'The video could not be loaded.': 'Не удалось загрузить видео.',
  'The connection failed or the server did not answer: you may be offline, or the server refuses this page.':
    'Соединение прервалось или сервер не ответил: возможно, нет сети или сервер отказывает этой странице.',
  'The server answered HTTP {status} instead of the file.': 'Вместо файла сервер ответил HTTP {status}.',
  'The audio file cannot be read.': 'Аудиофайл не читается.',
  'The video file cannot be read.': 'Видеофайл не читается.',
  'It arrived, but it is damaged or is not the audio its name says.': 'Он загрузился, но повреждён или это не то аудио, о котором говорит его имя.',
  'It arrived, but it is damaged or is not the video its name says.': 'Он загрузился, но повреждён или это не то видео, о котором говорит его имя.',
  'The transcript works without it: read on, search, and share quotes.': 'Расшифровка работает и без него: читайте, ищите и делитесь цитатами.',
  'The audio file': 'Аудиофайл',
  'The video file': 'Видеофайл',
  'YouTube rejected the video address.': 'YouTube не принял адрес видео.',
  'The video id in this talk is not one YouTube accepts (error 2). The talk file may need fixing.':
    'YouTube не принимает идентификатор видео этого выступления (ошибка 2). Возможно, файл выступления нужно исправить.',
  'This browser could not play the video.': 'Этот браузер не смог воспроизвести видео.',
  "YouTube's HTML5 player failed here (error 5). Another browser, or YouTube itself, may work.":
    'HTML5-плеер YouTube здесь не сработал (ошибка 5). Возможно, получится в другом браузере или на самом YouTube.',
  'The video is no longer on YouTube.': 'Этого видео больше нет на YouTube.',
  'It was removed or made private (error 100).': 'Его удалили или сделали закрытым (ошибка 100).',
  'The video cannot be played on other sites.': 'Это видео нельзя воспроизводить на других сайтах.',
  'Its owner allows it only on YouTube (error 101). It still plays there.':
    'Владелец разрешает смотреть его только на YouTube (ошибка 101). Там оно воспроизводится.',
  'Its owner allows it only on YouTube (error 150). It still plays there.':
    'Владелец разрешает смотреть его только на YouTube (ошибка 150). Там оно воспроизводится.',
  'YouTube refused to play the video on this page.': 'YouTube отказался воспроизводить видео на этой странице.',
  'The page did not tell YouTube where it is embedded (error 153), which happens when referrers are blocked.':
    'Страница не сообщила YouTube, где встроено видео (ошибка 153): так бывает, когда заблокированы referrer-заголовки.',
  'The talk’s own audio or video cannot play.': 'Аудио или видео этого выступления не воспроизводится.',
  'YouTube could not be reached.': 'Не удалось связаться с YouTube.',
  'You may be offline, or a blocker stops youtube.com, so the video cannot play here.':
    'Возможно, нет сети или youtube.com заблокирован, поэтому видео здесь не воспроизводится.',
  'YouTube is not answering.': 'YouTube не отвечает.',
  "Loading YouTube's player timed out after {count} seconds. The video will appear here if it still loads.":
    'Плеер YouTube не загрузился за {count} с. Видео появится здесь, если всё же загрузится.',
  'The video player did not start.': 'Видеоплеер не запустился.',
  'YouTube answered, but its player was still not ready after {count} seconds, so waiting timed out. The video will appear here if it still starts.':
    'YouTube ответил, но его плеер не был готов и через {count} с, и ожидание прервано. Видео появится здесь, если плеер всё же запустится.',
  'The video player reported a problem.': 'Видеоплеер сообщил об ошибке.',
  'YouTube gave error code {code}.': 'YouTube вернул код ошибки {code}.',

  // Reading an opened file.
  'finding the turns…': 'ищутся реплики…',
  '{loaded} of {size} MB read': 'прочитано {loaded} из {size} МБ',
  'Opening {name}': 'Открывается {name}',
  Opening: 'Открывается',
  Progress: 'Ход',

  // Export.
  'Transcript copied': 'Расшифровка скопирована',
  'The browser would not let the page copy. Export as Markdown instead, or select the text and copy it.':
    'Браузер не дал странице скопировать текст. Экспортируйте в Markdown или выделите текст и скопируйте его.',
  'The export failed ({error}); reload the page and try again.': 'Экспорт не удался ({error}); перезагрузите страницу и попробуйте снова.',
  'This talk has no chapters': 'В этом выступлении нет глав',
  Copy: 'Копировать',
  'Copy as text': 'Копировать как текст',
  'Copy as text with times': 'Копировать как текст со временем',
  'Markdown (.md)': 'Markdown (.md)',
  'WebVTT captions (.vtt)': 'Субтитры WebVTT (.vtt)',
  'SubRip captions (.srt)': 'Субтитры SubRip (.srt)',
  'Podcasting 2.0 transcript (.json)': 'Расшифровка Podcasting 2.0 (.json)',
  'Podcasting 2.0 chapters (.chapters.json)': 'Главы Podcasting 2.0 (.chapters.json)',

  // Checking a talk against its captions.
  'Timing the transcript word by word with': 'Расшифровка сверяется по словам с',
  'The caption file could not be used: {message}.': 'Файл субтитров не подошёл: {message}.',
  'The transcript keeps its own times.': 'Расшифровка сохраняет своё время.',
  'Timed word by word with': 'Время сверено по словам с',
  '; nothing in the recording is missing from the transcript.': '; всё сказанное в записи есть в расшифровке.',
  'Review {count} finding|Review {count} findings': {
    one: 'Просмотреть {count} находку',
    few: 'Просмотреть {count} находки',
    many: 'Просмотреть {count} находок',
    other: 'Просмотреть {count} находки',
  },
  'Review what was left out': 'Просмотреть пропущенное',
  'Show {count} passage in the recording, not in the transcript|Show {count} passages in the recording, not in the transcript': {
    one: 'Показать {count} отрывок, который есть в записи, но не в расшифровке',
    few: 'Показать {count} отрывка, которые есть в записи, но не в расшифровке',
    many: 'Показать {count} отрывков, которые есть в записи, но не в расшифровке',
    other: 'Показать {count} отрывка, которые есть в записи, но не в расшифровке',
  },
  'Check this talk against': 'Сверить это выступление с',
  'Check this talk': 'Сверить это выступление',
  'Open it as a new talk': 'Открыть как новое выступление',

  // Review mode.
  '{name} could not be loaded ({reason})': 'не удалось загрузить {name} ({reason})',
  '{name}: the alignment failed ({reason})': '{name}: сверка не удалась ({reason})',
  'the aligner could not be loaded ({reason}); reload the page': 'не удалось загрузить код сверки ({reason}); перезагрузите страницу',
  "{name}: only {share}% of the talk's words are in the captions: check that the captions are of this recording":
    '{name}: в субтитрах есть лишь {share}% слов выступления — проверьте, что это субтитры именно этой записи',
  'The captions cover {from}–{to} only: the turns before and after it keep their own times and were not checked':
    'Субтитры охватывают только {from}–{to}: реплики до и после этого отрезка сохраняют своё время и не проверялись',
  'The captions cover {from}–{to} only: the turns before it keep their own times and were not checked':
    'Субтитры охватывают только {from}–{to}: реплики до этого отрезка сохраняют своё время и не проверялись',
  'The captions cover {from}–{to} only: the turns after it keep their own times and were not checked':
    'Субтитры охватывают только {from}–{to}: реплики после этого отрезка сохраняют своё время и не проверялись',
  'the talk file’s text is not at hand in this page; reload it to download a corrected copy':
    'текста файла выступления нет на этой странице; перезагрузите её, чтобы скачать исправленную копию',
  'a fix writes “{text}”, which the file’s encoding ({encoding}) cannot hold; save the talk as UTF-8, open it again and download then':
    'исправление добавляет «{text}», а в кодировке файла ({encoding}) этого не записать; сохраните выступление в UTF-8, откройте его снова и тогда скачайте',
  'Restored from the recording (at {time})': 'Восстановлено по записи (на {time})',
  'Take back the restored passage at {time}': 'Отменить восстановление отрывка на {time}',
  'restored · take back': 'восстановлено · отменить',
  'Reconsider the dismissed passage at {time}': 'Вернуть отклонённый отрывок на {time}',
  'passage at {time} dismissed · reconsider': 'отрывок на {time} отклонён · вернуть',
  'In the recording, not in the transcript': 'Есть в записи, нет в расшифровке',
  'Passage at {time}': 'Отрывок на {time}',
  'Play the passage at {time}': 'Воспроизвести отрывок на {time}',
  'Restore the passage at {time}': 'Восстановить отрывок на {time}',
  Restore: 'Восстановить',
  'Dismiss the passage at {time}': 'Отклонить отрывок на {time}',
  Dismiss: 'Отклонить',
  'a fragment': 'обрывок фразы',
  'hesitations and hedges': 'заминки и слова-паразиты',
  'repeats nearby words': 'повторяет соседние слова',
  'Left out at {time}: {reason}': 'Пропущено на {time}: {reason}',
  'left out · {reason}': 'пропущено · {reason}',
  'Left-out passage at {time}': 'Пропущенный отрывок на {time}',
  'Play the left-out passage at {time}': 'Воспроизвести пропущенный отрывок на {time}',
  'Restore the left-out passage at {time} anyway': 'Всё же восстановить пропущенный отрывок на {time}',
  'Restore anyway': 'Всё же восстановить',
  '{count} written stamp is off the recording by a few seconds.|{count} written stamps are off the recording by a few seconds.': {
    one: '{count} отметка времени в расшифровке расходится с записью на несколько секунд.',
    few: '{count} отметки времени в расшифровке расходятся с записью на несколько секунд.',
    many: '{count} отметок времени в расшифровке расходятся с записью на несколько секунд.',
    other: '{count} отметки времени в расшифровке расходятся с записью на несколько секунд.',
  },
  '{count} written stamp is more than {seconds} s off the recording or out of order.|{count} written stamps are more than {seconds} s off the recording or out of order.':
    {
      one: '{count} отметка времени в расшифровке расходится с записью больше чем на {seconds} с или стоит не по порядку.',
      few: '{count} отметки времени в расшифровке расходятся с записью больше чем на {seconds} с или стоят не по порядку.',
      many: '{count} отметок времени в расшифровке расходятся с записью больше чем на {seconds} с или стоят не по порядку.',
      other: '{count} отметки времени в расшифровке расходятся с записью больше чем на {seconds} с или стоят не по порядку.',
    },
  '{count} written stamp is off the recording, {notable} by more than {seconds} s or out of order.|{count} written stamps are off the recording, {notable} by more than {seconds} s or out of order.':
    {
      one: '{count} отметка времени в расшифровке расходится с записью, из них {notable} — больше чем на {seconds} с или не по порядку.',
      few: '{count} отметки времени в расшифровке расходятся с записью, из них {notable} — больше чем на {seconds} с или не по порядку.',
      many: '{count} отметок времени в расшифровке расходятся с записью, из них {notable} — больше чем на {seconds} с или не по порядку.',
      other: '{count} отметки времени в расшифровке расходятся с записью, из них {notable} — больше чем на {seconds} с или не по порядку.',
    },
  'Review fixes': 'Проверка исправлений',
  'Fixes the recording supports, from {name}': 'Исправления, которые подтверждает запись, по файлу {name}',
  'All {count} finding reviewed|All {count} findings reviewed': {
    one: 'Все находки просмотрены ({count})',
    few: 'Все находки просмотрены ({count})',
    many: 'Все находки просмотрены ({count})',
    other: 'Все находки просмотрены ({count})',
  },
  '{left} of {count} finding left to review|{left} of {count} findings left to review': {
    one: 'Осталось просмотреть {left} из {count} находки',
    few: 'Осталось просмотреть {left} из {count} находок',
    many: 'Осталось просмотреть {left} из {count} находок',
    other: 'Осталось просмотреть {left} из {count} находки',
  },
  'Undo ({shortcut})': 'Отменить ({shortcut})',
  Undo: 'Отменить',
  'Redo ({shortcut})': 'Повторить ({shortcut})',
  Redo: 'Повторить',
  'Next finding': 'Следующая находка',
  Done: 'Готово',
  '{count} passage of the recording is left out as an editor would: words said again, hesitations, fragments. Each is folded in the text, where it can still be restored.|{count} passages of the recording are left out as an editor would: words said again, hesitations, fragments. Each is folded in the text, where it can still be restored.':
    {
      one: '{count} отрывок записи пропущен, как сделал бы редактор: повторы, заминки, обрывки фраз. Пропущенное свёрнуто в тексте, и его ещё можно восстановить.',
      few: '{count} отрывка записи пропущены, как сделал бы редактор: повторы, заминки, обрывки фраз. Пропущенное свёрнуто в тексте, и его ещё можно восстановить.',
      many: '{count} отрывков записи пропущены, как сделал бы редактор: повторы, заминки, обрывки фраз. Пропущенное свёрнуто в тексте, и его ещё можно восстановить.',
      other:
        '{count} отрывка записи пропущены, как сделал бы редактор: повторы, заминки, обрывки фраз. Пропущенное свёрнуто в тексте, и его ещё можно восстановить.',
    },
  'using the recording’s times · take back': 'взято время записи · отменить',
  'keeping the written times · reconsider': 'время расшифровки оставлено · вернуть',
  'Use the recording’s times': 'Взять время из записи',
  'Keep the written times': 'Оставить время расшифровки',
  'Saved on this computer; nothing is uploaded': 'Сохраняется на этом компьютере и никуда не загружается',
  'Download corrected transcript': 'Скачать исправленную расшифровку',
  'Saved {name} with {count} change.|Saved {name} with {count} changes.': {
    one: 'Файл {name} сохранён: {count} изменение.',
    few: 'Файл {name} сохранён: {count} изменения.',
    many: 'Файл {name} сохранён: {count} изменений.',
    other: 'Файл {name} сохранён: {count} изменения.',
  },
  '{name}, {count} accepted change; nothing leaves this browser.|{name}, {count} accepted changes; nothing leaves this browser.': {
    one: '{name}: {count} принятое изменение; всё остаётся в этом браузере.',
    few: '{name}: {count} принятых изменения; всё остаётся в этом браузере.',
    many: '{name}: {count} принятых изменений; всё остаётся в этом браузере.',
    other: '{name}: {count} принятого изменения; всё остаётся в этом браузере.',
  },
  'The corrected transcript cannot be written: {message}.': 'Не удаётся записать исправленную расшифровку: {message}.',
  'Reassign to {name}': 'Сменить говорящего: {name}',
  'Split: give the rest to {name}': 'Разделить: дальше говорит {name}',
  'now {name}’s turn': 'теперь говорит {name}',
  'split at word {number}: the rest is {name}’s': 'разделено на {number}-м слове: дальше говорит {name}',
  'speaker check dismissed': 'проверка говорящего отклонена',
  '{label}; take back': '{label}; отменить',
  '{label} · take back': '{label} · отменить',
  'Who speaks here': 'Кто здесь говорит',
  'Dismiss the speaker check': 'Отклонить проверку говорящего',
  'Play this passage': 'Воспроизвести этот отрывок',
  'less than a second': 'меньше секунды',
  'about a second': 'около секунды',
  'about {count} second|about {count} seconds': {
    one: 'около {count} секунды',
    few: 'около {count} секунд',
    many: 'около {count} секунд',
    other: 'около {count} секунды',
  },
  'The captions give most of this turn to {name}.': 'По субтитрам большую часть этой реплики говорит {name}.',
  'The recording changes speaker inside this turn: "{context}".': 'Внутри этой реплики в записи меняется говорящий: «{context}».',
  'The recording changes speaker {count} word into this turn, from {first} to {rest}: "{context}".|The recording changes speaker {count} words into this turn, from {first} to {rest}: "{context}".':
    {
      one: 'В записи после {count} слова этой реплики говорит уже не {first}, а {rest}: «{context}».',
      few: 'В записи после {count} слов этой реплики говорит уже не {first}, а {rest}: «{context}».',
      many: 'В записи после {count} слов этой реплики говорит уже не {first}, а {rest}: «{context}».',
      other: 'В записи после {count} слова этой реплики говорит уже не {first}, а {rest}: «{context}».',
    },
  'This turn starts in the middle of a sentence of the captions, where speakers rarely change: "{context}".':
    'Эта реплика начинается посреди предложения субтитров, а там говорящие меняются редко: «{context}».',
  'The captions pause longer nearby, where a new speaker more likely starts: "{context}".':
    'Рядом в субтитрах пауза длиннее, и новый говорящий скорее начинает там: «{context}».',
  'The recording runs on where this turn starts (a pause of {here}), but a sentence earlier it pauses for {nearby}, where a new speaker more likely starts: "{context}".':
    'Там, где начинается эта реплика, запись идёт почти без остановки (пауза — {here}), а предложением раньше пауза длится {nearby}, и новый говорящий скорее начинает там: «{context}».',
  'The recording runs on where this turn starts (a pause of {here}), but a sentence later it pauses for {nearby}, where a new speaker more likely starts: "{context}".':
    'Там, где начинается эта реплика, запись идёт почти без остановки (пауза — {here}), а предложением позже пауза длится {nearby}, и новый говорящий скорее начинает там: «{context}».',
  'The {bar} marks where the recording changes speaker.': 'Знак {bar} отмечает, где в записи меняется говорящий.',
  'The {bar} marks where this turn starts.': 'Знак {bar} отмечает начало этой реплики.',
  'Listen to the moment, then take the fix below or dismiss the check.': 'Послушайте это место, затем примите исправление ниже или отклоните проверку.',
  'Listen to the moment; if the transcript names the wrong person, change the speaker in the talk file (Review offers the fix).':
    'Послушайте это место; если в расшифровке указан не тот человек, исправьте говорящего в файле выступления (исправление предложит просмотр находок).',
  'Hide why': 'Скрыть пояснение',
  'Why? (shows the reason and what to do)': 'Почему? (причина и что делать)',
  'check who speaks here': 'проверьте, кто говорит',
  'Listen from {time}': 'Слушать с {time}',
  'Review mode could not load ({error}); reload the page and try again':
    'Не удалось загрузить проверку находок ({error}); перезагрузите страницу и попробуйте снова',
  '{name} could not be read ({reason})': 'не удалось прочитать {name} ({reason})',
  'not a text file': 'это не текстовый файл',
} satisfies LaterCatalog;
