/**
 * Survei Kepuasan Masyarakat (SKM) and its index, the Indeks Kepuasan Masyarakat (IKM), exactly
 * as PermenPANRB No. 14/2017 computes them.
 *
 * <ul>
 *   <li>{@link id.mpp.sdk.survey.SkmElement}: the nine elements (unsur) with stable codes;
 *   <li>{@link id.mpp.sdk.survey.SkmScale}: the answer scale 1 to 4;
 *   <li>{@link id.mpp.sdk.survey.SkmResponse}: one citizen's answers, tied to a ticket or an
 *       application, a service, an agency and a counter;
 *   <li>{@link id.mpp.sdk.survey.SurveyBook}: records responses (one per ticket or application)
 *       and computes the IKM per service, agency, counter, site and period;
 *   <li>{@link id.mpp.sdk.survey.Ikm}: the calculation itself, exact in {@code BigDecimal} and
 *       rounded once, at the end; {@link id.mpp.sdk.survey.IkmGrade}: the interval table;
 *   <li>{@link id.mpp.sdk.survey.SampleSize}: the Krejcie and Morgan sample size the regulation
 *       prescribes.
 * </ul>
 *
 * <p>A respondent is never identified: a response carries no NIK, name or phone number, only the
 * ticket or tracking number it rates and an optional, coarse profile.
 */
package id.mpp.sdk.survey;
