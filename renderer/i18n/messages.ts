/** The screens' wording comes from the one catalogue per language in shared/i18n/. */
export { catalogues as messages, type MessageKey, type ParamsArgument } from '../../shared/i18n/messages';
