import { useCallback, useState } from 'react';
import { useForm } from 'react-hook-form';
import { auditEventIds, auditEvents, type AuditEventId } from '../../shared/audit/auditEvents';
import type { AuditEntry } from '../../shared/audit/auditSchemas';
import { roleLabels } from '../../shared/roles';
import { dateInputProps, dateRules, isoDay } from '../forms/dayMonthYear';
import { Field, SelectField } from '../forms/Field';
import { SubmitActions } from '../forms/SubmitActions';
import { useLoaded } from '../forms/useLoaded';
import { useLanguage } from '../i18n/LanguageContext';
import { ErrorNotice } from '../forms/ErrorNotice';
import { useSession } from '../session/SessionContext';
import { DataTable } from '../forms/DataTable';
import { AuditVerifyPanel } from './AuditVerifyPanel';

const pageSize = 50;

interface Filters {
  event: AuditEventId | '';
  userLogin: string;
  from: string;
  to: string;
}

const noFilters: Filters = { event: '', userLogin: '', from: '', to: '' };

function describeEvent(event: string, language: 'vi' | 'en'): string {
  return Object.hasOwn(auditEvents, event) ? auditEvents[event as keyof typeof auditEvents][language] : event;
}

export function AuditSection() {
  const { t, pick, language } = useLanguage();
  const session = useSession();
  const [filters, setFilters] = useState<Filters>(noFilters);
  const [offset, setOffset] = useState(0);
  const form = useForm<Filters>({ defaultValues: noFilters });

  const listEntries = useCallback(
    () =>
      session.call('audit.list', {
        ...(filters.event ? { event: filters.event } : {}),
        ...(filters.userLogin.trim() ? { userLogin: filters.userLogin.trim().toLowerCase() } : {}),
        ...(isoDay(filters.from) ? { from: isoDay(filters.from) } : {}),
        ...(isoDay(filters.to) ? { to: isoDay(filters.to) } : {}),
        limit: pageSize,
        offset,
      }),
    [session, filters, offset],
  );
  const { value: page, error: listError } = useLoaded<{ total: number; entries: AuditEntry[] }>(listEntries, {
    total: 0,
    entries: [],
  });

  const time = new Intl.DateTimeFormat(language === 'vi' ? 'vi-VN' : 'en-GB', {
    dateStyle: 'short',
    timeStyle: 'medium',
  });

  return (
    <section aria-labelledby="audit-heading">
      <h2 id="audit-heading">{t('audit.heading')}</h2>
      <form
        noValidate
        className="filters"
        aria-label={t('audit.filters')}
        onSubmit={form.handleSubmit((values) => {
          setOffset(0);
          setFilters(values);
        })}
      >
        <SelectField id="audit-event" label={t('audit.event')} {...form.register('event')}>
          <option value="">{t('audit.anyEvent')}</option>
          {auditEventIds.map((id) => (
            <option key={id} value={id}>
              {pick(auditEvents[id])}
            </option>
          ))}
        </SelectField>
        <Field id="audit-user" label={t('audit.user')} autoComplete="off" {...form.register('userLogin')} />
        <Field
          id="audit-from"
          label={t('audit.from')}
          {...dateInputProps}
          error={form.formState.errors.from}
          {...form.register('from', dateRules(t, false))}
        />
        <Field
          id="audit-to"
          label={t('audit.to')}
          {...dateInputProps}
          error={form.formState.errors.to}
          {...form.register('to', dateRules(t, false))}
        />
        <SubmitActions label={t('audit.apply')}>
          <button
            type="button"
            className="secondary"
            onClick={() => {
              form.reset(noFilters);
              setOffset(0);
              setFilters(noFilters);
            }}
          >
            {t('audit.clear')}
          </button>
        </SubmitActions>
      </form>
      <ErrorNotice error={listError} />
      <p role="status" className="table-count">
        {t('audit.total', { shown: page.entries.length, total: page.total })}
      </p>
      <DataTable
        className="audit-table"
        labels={[t('audit.sequence'), t('audit.at'), t('audit.who'), t('audit.event'), t('audit.details')]}
      >
        {page.entries.map((entry) => (
          <tr key={entry.sequence} data-event={entry.event}>
            <td>{entry.sequence}</td>
            <td>{time.format(new Date(entry.at))}</td>
            <td>
              {entry.userLogin
                ? `${entry.userLogin}${entry.role ? ` (${pick(roleLabels[entry.role])})` : ''}`
                : t('audit.system')}
            </td>
            <td>{describeEvent(entry.event, language)}</td>
            <td>
              <code>{JSON.stringify(entry.details)}</code>
            </td>
          </tr>
        ))}
      </DataTable>
      <div className="pager">
        <button
          type="button"
          className="secondary"
          disabled={offset === 0}
          onClick={() => setOffset(Math.max(0, offset - pageSize))}
        >
          {t('audit.newer')}
        </button>
        <button
          type="button"
          className="secondary"
          disabled={offset + pageSize >= page.total}
          onClick={() => setOffset(offset + pageSize)}
        >
          {t('audit.older')}
        </button>
      </div>
      <AuditVerifyPanel />
    </section>
  );
}
