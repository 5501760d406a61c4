/*
 * Copyright Camunda Services GmbH and/or licensed to Camunda Services GmbH
 * under one or more contributor license agreements. See the NOTICE file
 * distributed with this work for additional information regarding copyright
 * ownership. Camunda licenses this file to you under the Apache License,
 * Version 2.0; you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

// Sistem Kerja: this file replaces the config.js of camunda-webapp-webjar 7.24.0 (same content, plus the
// "locales" entry below and the `bahasa` choice above it). Tasklist picks navigator.languages[0] if it is
// in availableLocales, else fallbackLocale; offering one locale makes every browser get it. Bahasa
// Indonesia (locales/id.json) is the default whatever the browser language; English stays reachable per
// browser by opening /camunda/app/tasklist/#/?bahasa=en once (and #/?bahasa=id to go back). The server's
// redirect to .../tasklist/default/ drops a query string but keeps the #fragment, so both are read.
// Issue 9 adds `app` (the header and title read "Sistem Kerja", vendor + name) and `customScripts`
// (scripts/sistem-kerja/tasklist.js: names to choose from, Indonesian form messages and dates, the instansi and
// "Kasus saya" in the header, no Camunda 8 banner).
/* global window */
const bahasa = (() => {
  try {
    const diminta = /[?&]bahasa=(id|en)(?:[&#]|$)/.exec(window.location.href);
    if (diminta) window.localStorage.setItem('sistemKerja.bahasa', diminta[1]);
    return window.localStorage.getItem('sistemKerja.bahasa') === 'en' ? 'en' : 'id';
  } catch {
    return 'id';
  }
})();

export default {
  // change the app name and vendor
  app: {
    name: 'Kerja',
    vendor: 'Sistem'
  },
  //
  // configure the date format
  // "dateFormat": {
  //   "normal": "LLL",
  //   "long":   "LLLL"
  // },
  //
  locales: {
    availableLocales: [bahasa],
    fallbackLocale: bahasa
  },
  customScripts: [
    // If you have a folder called 'my-custom-script' (in the 'tasklist' folder)
    // with a file called 'customScript.js' in it
    'scripts/sistem-kerja/tasklist'
  ],
  // requireJsConfig: {
  //   // AngularJS module names
  //   ngDeps: ['ui.bootstrap'],
  //   // RequireJS configuration for a complete configuration documentation see:
  //   // http://requirejs.org/docs/api.html#config
  //   deps: ['jquery', 'custom-ui'],
  //   paths: {
  //     // if you have a folder called `custom-ui` (in the `scripts` folder)
  //     // with a file called `scripts.js` in it and defining the `custom-ui` AMD module
  //     'custom-ui': 'custom-ui/scripts'
  //   }
  // },
  // csrfCookieName: 'XSRF-TOKEN',
  // disableWelcomeMessage: false,
  // assignProcessInstanceIdToTaskComment: true,

  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'claims the currently selected task'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'set the focus to the first filter in the list'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'sets the focus to the first task in the list'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'sets the focus to the first input field in a task form'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'opens the start process modal dialog'
    }
  }
};
