export * from './locales';
export * from './format';
export { formatMessage, placeholdersOf } from './message-format';
export { isMessageKey, translate, translator, type MessageKey, type MessageParams, type Translate } from './translate';
