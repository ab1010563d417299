/** The DAGs the demo deploys: a small Airflow project packed as a .tar.gz in memory (nanotar: tar + gzip, no files on disk). */
import { createTarGzip } from 'nanotar';

const ETL_DAG = `"""A daily extract-load DAG, deployed by the Astro API SDK demo."""
from datetime import datetime

from airflow.decorators import dag, task


@dag(schedule="@daily", start_date=datetime(2026, 1, 1), catchup=False, tags=["sdk-demo"])
def sdk_demo_etl():
    @task
    def extract() -> list[int]:
        return [1, 2, 3]

    @task
    def load(rows: list[int]) -> None:
        print(f"loaded {len(rows)} rows")

    load(extract())


sdk_demo_etl()
`;

const CHECK_DAG = `"""An hourly freshness check, deployed by the Astro API SDK demo."""
from datetime import datetime

from airflow.decorators import dag, task


@dag(schedule="@hourly", start_date=datetime(2026, 1, 1), catchup=False, tags=["sdk-demo"])
def sdk_demo_freshness():
    @task
    def check() -> None:
        print("data is fresh")

    check()


sdk_demo_freshness()
`;

export const DAG_FILES: Record<string, string> = {
  'dags/sdk_demo_etl.py': ETL_DAG,
  'dags/sdk_demo_freshness.py': CHECK_DAG,
  'dags/.airflowignore': '__pycache__\n',
};

export async function buildDagsTarball(stamp: string): Promise<Uint8Array> {
  const mtime = Date.parse(stamp);
  return createTarGzip(Object.entries(DAG_FILES).map(([name, text]) => ({ name, data: new TextEncoder().encode(text), attrs: { mtime, mode: '644' } })));
}
