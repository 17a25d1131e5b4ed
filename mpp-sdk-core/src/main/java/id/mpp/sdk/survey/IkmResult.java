package id.mpp.sdk.survey;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * An Indeks Kepuasan Masyarakat (IKM) computed from a set of SKM responses, as PermenPANRB
 * No. 14/2017 computes it (see {@link Ikm}).
 *
 * @param respondents the number of responses counted
 * @param elements one line per element of the regulation, in its usual order, including elements
 *     nobody answered ({@code answered == 0})
 * @param weightedElements the number of elements that carry weight: 9 when every element was
 *     answered by at least one respondent (weight 1/9 each); fewer only when some element was
 *     answered by nobody, which then carries no weight
 * @param index the IKM on the 1 to 4 scale (the sum of the weighted NRRs), rounded HALF_UP to
 *     four decimals for display
 * @param value the converted IKM, 25.00 to 100.00: the exact index times 25, rounded HALF_UP to
 *     two decimals once, at the end
 * @param grade the grade of {@code value} (mutu pelayanan)
 * @param lowestElements the element(s) with the lowest NRR, the first to improve; several when
 *     tied, in the regulation's usual order
 */
public record IkmResult(int respondents, List<ElementScore> elements, int weightedElements,
    BigDecimal index, BigDecimal value, IkmGrade grade, List<SkmElement> lowestElements) {

  /**
   * Checks the invariants and copies the lists.
   *
   * @throws IllegalArgumentException if a count is out of range or a list is empty
   */
  public IkmResult {
    elements = List.copyOf(elements);
    lowestElements = List.copyOf(lowestElements);
    Objects.requireNonNull(index, "index");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(grade, "grade");
    if (respondents < 1 || weightedElements < 1 || weightedElements > 9) {
      throw new IllegalArgumentException("an IKM needs at least one respondent and one element");
    }
    if (lowestElements.isEmpty()) {
      throw new IllegalArgumentException("an IKM names its lowest element");
    }
  }

  /**
   * The line of one element.
   *
   * @param element the element
   * @return its line
   * @throws IllegalArgumentException for {@link SkmElement#UNKNOWN}
   */
  public ElementScore element(SkmElement element) {
    return elements.stream().filter(e -> e.element() == element).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("not an element of the regulation"));
  }

  /**
   * The elements nobody answered, which carry no weight.
   *
   * @return an immutable list, empty in the usual case
   */
  @JsonIgnore
  public List<SkmElement> unansweredElements() {
    return elements.stream().filter(e -> e.answered() == 0).map(ElementScore::element).toList();
  }

  /**
   * The first element to improve: the lowest-scoring one (the first in the regulation's usual
   * order when several are tied).
   *
   * @return the element
   */
  @JsonIgnore
  public SkmElement lowestElement() {
    return lowestElements.get(0);
  }

  /**
   * A one-line summary such as {@code IKM 83.33 (B, Baik)}.
   *
   * @param locale {@code id} or {@code en}
   * @return the summary
   */
  public String summary(Locale locale) {
    return "IKM " + value.toPlainString() + " (" + grade.name() + ", " + grade.label(locale) + ")";
  }
}
