package id.mpp.sdk.internal.tracking;

import id.mpp.sdk.tracking.OutboxLedgerContractTest;
import id.mpp.sdk.tracking.TrackingStore;

/** J4 on the in-memory store. */
class InMemoryOutboxLedgerTest extends OutboxLedgerContractTest {

  @Override
  protected TrackingStore newStore() {
    return TrackingStore.inMemory();
  }
}
