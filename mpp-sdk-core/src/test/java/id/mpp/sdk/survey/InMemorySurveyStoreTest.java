package id.mpp.sdk.survey;

class InMemorySurveyStoreTest extends SurveyStoreContract {

  @Override
  protected SurveyStore newStore() {
    return SurveyStore.inMemory();
  }
}
