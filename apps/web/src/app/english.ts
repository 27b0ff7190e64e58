import { accountMessagesEn } from '../features/account/i18n.en';
import { catalogueMessagesEn } from '../features/catalogue/i18n.en';
import { appMessagesEn } from './messages.en';

/** The English of the catalogue route's namespaces, in one chunk loaded on choosing English (i18n.ts). */
export const englishMessages = { app: appMessagesEn, account: accountMessagesEn, catalogue: catalogueMessagesEn };
