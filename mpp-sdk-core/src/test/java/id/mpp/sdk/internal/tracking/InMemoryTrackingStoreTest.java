package id.mpp.sdk.internal.tracking;

import id.mpp.sdk.tracking.TrackingStore;
import id.mpp.sdk.tracking.TrackingStoreContractTest;

/** The in-memory store keeps the store contract. */
class InMemoryTrackingStoreTest extends TrackingStoreContractTest {

  @Override
  protected TrackingStore newStore() {
    return TrackingStore.inMemory();
  }
}
