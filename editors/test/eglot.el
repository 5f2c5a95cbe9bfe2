;;; eglot.el --- check the Emacs snippet of editors/README.md by hand  -*- lexical-binding: t -*-
;;
;; emacs --batch -l editors/test/eglot.el ATTEST-BINARY
;;
;; Runs from the repository root with Emacs 28+, eglot and markdown-mode (Debian: emacs-nox,
;; elpa-eglot, elpa-markdown-mode). Opens README.md (plain Markdown: no server) and
;; examples/flawed.md (a report: diagnostics, settings and a hover), printing what it gets.

(require 'package)
(package-initialize)
(require 'eglot)
(require 'markdown-mode)
(require 'flymake)

(defvar attest-test-binary (or (car command-line-args-left) "attest"))

;; --- The snippet from editors/README.md ---------------------------------------------------
(defun attest-report-p ()
  "Non-nil when the buffer is an attest report: front matter with `references',
`bibliography' or `attest'."
  (save-excursion
    (save-restriction
      (widen)
      (goto-char (point-min))
      (when (looking-at "\ufeff?---[ \t]*\r?\n[ \t]*[^ \t\r\n]")
        (forward-line 1)
        (let ((start (point)))
          (when (re-search-forward "^\\(?:---\\|\\.\\.\\.\\)[ \t]*\r?$" nil t)
            (let ((end (match-beginning 0)))
              (goto-char start)
              (re-search-forward "^\\(?:references\\|bibliography\\|attest\\)[ \t]*:" end t))))))))

(with-eval-after-load 'eglot
  (add-to-list 'eglot-server-programs
               `((markdown-mode gfm-mode) . (,attest-test-binary "server"))))

(defun attest-maybe-eglot ()
  (when (attest-report-p) (eglot-ensure)))
(add-hook 'markdown-mode-hook #'attest-maybe-eglot)
;; Settings: turn one rule off, to see them arrive.
(setq-default eglot-workspace-configuration '(:attest (:rules (:unsourced-figure "off"))))
;; -------------------------------------------------------------------------------------------

(defun attest-test-wait (pred seconds)
  (let ((deadline (+ (float-time) seconds)))
    (while (and (not (funcall pred)) (< (float-time) deadline))
      (accept-process-output nil 0.1)
      ;; eglot-ensure starts the server from post-command-hook, which batch mode never runs.
      (run-hooks 'post-command-hook))
    (funcall pred)))

(defun attest-test-fail (fmt &rest args)
  (princ (concat "FAIL " (apply #'format fmt args) "\n"))
  (kill-emacs 1))

(find-file "README.md")
(markdown-mode)
(attest-test-wait (lambda () nil) 1)
(when (eglot-current-server) (attest-test-fail "a server for README.md"))
(princ "ok   README.md (plain Markdown) gets no server\n")

(find-file "examples/flawed.md")
(markdown-mode)
(unless (attest-test-wait #'eglot-current-server 15) (attest-test-fail "no server for flawed.md"))
(princ "ok   examples/flawed.md gets the attest server\n")
(unless (attest-test-wait (lambda () (> (length (flymake-diagnostics)) 5)) 20)
  (attest-test-fail "no diagnostics"))
(dolist (d (sort (flymake-diagnostics) (lambda (a b) (< (flymake-diagnostic-beg a) (flymake-diagnostic-beg b)))))
  (princ (format "     line %d: %s\n" (line-number-at-pos (flymake-diagnostic-beg d))
                 (flymake-diagnostic-text d))))
(princ (format "ok   %d diagnostics\n" (length (flymake-diagnostics))))
(attest-test-wait (lambda () nil) 1)
(when (seq-some (lambda (d) (string-match-p "\\[unsourced-figure\\]" (flymake-diagnostic-text d)))
                (flymake-diagnostics))
  (attest-test-fail "unsourced-figure is reported although eglot-workspace-configuration turns it off"))
(princ "ok   eglot-workspace-configuration reaches the server (unsourced-figure off)\n")

(goto-char (point-min))
(search-forward "between 20,000")
(let ((hover (jsonrpc-request (eglot-current-server) :textDocument/hover
                              (eglot--TextDocumentPositionParams))))
  (let ((text (plist-get (plist-get hover :contents) :value)))
    (unless (and text (string-match-p "Russian Foreign Ministry report on the situation" text))
      (attest-test-fail "hover: %S" hover))
    (princ "ok   hover names the source\n")))
(kill-emacs 0)
