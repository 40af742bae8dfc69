/* Trust Intranet: the share page's uploader. Each file chosen (the file input, keyboard usable as any
   input) or dropped on the uploader is posted, one at a time, as the raw body of a request to the library's
   upload address (LibraryUploadServlet), its name percent-encoded in X-File-Name and the session's token in
   X-Upload-Token; a progress bar follows it. Once the server has staged it, the page's remote command
   attachStaged takes it into the list of files to share. Texts come from the page (the resource bundle):
   {0}-style arguments are filled in here, and a doubled apostrophe (MessageFormat's) becomes one. */
(function () {
  var uploader = document.getElementById('uploader');
  if (!uploader) {
    return;
  }
  var input = document.getElementById('files');
  var progress = document.getElementById('uploadProgress');
  var label = document.getElementById('uploadProgressLabel');
  var bar = document.getElementById('uploadBar');
  var error = document.getElementById('uploadError');
  var address = uploader.getAttribute('data-upload-address');
  var token = uploader.getAttribute('data-upload-token');
  var maxBytes = Number(uploader.getAttribute('data-max-bytes'));
  var queue = [];
  var busy = false;

  function text(name, args) {
    var pattern = uploader.getAttribute('data-text-' + name) || '';
    return pattern.replace(/\{(\d+)\}/g, function (all, i) {
      return args[Number(i)];
    }).replace(/''/g, "'");
  }

  function say(message) {
    error.textContent = message;
  }

  function show(file, percent) {
    progress.hidden = false;
    bar.value = percent;
    label.textContent = text('uploading', [file.name, percent]);
    bar.setAttribute('aria-valuetext', percent + '%');
  }

  function next() {
    if (busy || queue.length === 0) {
      if (!busy) {
        progress.hidden = true;
      }
      return;
    }
    var file = queue.shift();
    if (file.size > maxBytes) {
      say(text('too-large', [file.name, Math.max(1, Math.floor(maxBytes / 1048576))]));
      next();
      return;
    }
    busy = true;
    show(file, 0);
    var request = new XMLHttpRequest();
    request.open('POST', address);
    request.setRequestHeader('X-Upload-Token', token);
    request.setRequestHeader('X-File-Name', encodeURIComponent(file.name));
    request.setRequestHeader('Content-Type', 'application/octet-stream');
    request.upload.addEventListener('progress', function (event) {
      if (event.lengthComputable) {
        show(file, Math.floor((event.loaded * 100) / event.total));
      }
    });
    request.addEventListener('load', function () {
      var answer = {};
      try {
        answer = JSON.parse(request.responseText);
      } catch (notJson) {
        answer = {};
      }
      if (request.status === 201 && answer.id) {
        show(file, 100);
        window.attachStaged([{ name: 'stagedId', value: String(answer.id) }]);
      } else {
        say(text('failed', [file.name, answer.message || request.status]));
      }
      done();
    });
    request.addEventListener('error', function () {
      say(text('failed', [file.name, text('lost', [])]));
      done();
    });
    request.send(file);
  }

  function done() {
    busy = false;
    next();
  }

  function add(files) {
    say('');
    for (var i = 0; i < files.length; i++) {
      queue.push(files[i]);
    }
    next();
  }

  input.addEventListener('change', function () {
    add(input.files);
    input.value = '';
  });
  uploader.addEventListener('dragover', function (event) {
    event.preventDefault();
    uploader.classList.add('uploader-over');
  });
  uploader.addEventListener('dragleave', function () {
    uploader.classList.remove('uploader-over');
  });
  uploader.addEventListener('drop', function (event) {
    event.preventDefault();
    uploader.classList.remove('uploader-over');
    if (event.dataTransfer && event.dataTransfer.files) {
      add(event.dataTransfer.files);
    }
  });
})();
