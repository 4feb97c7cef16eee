"""Standard-library client of ``optimizer serve``: ask for a trial, train, tell the result.

>>> from optimizer_client import Study
>>> study = Study("http://127.0.0.1:8765", secret_file="~/.optimizer-secret")
>>> trial = study.ask()
>>> study.tell(trial, {"val_loss": f(**trial.params)})
"""

from .errors import (CredentialError, LeaseLost, NoTrialAvailable, OptimizerError, RequestError, ServiceUnavailable,
                     StudyFinished)
from .local import local_service
from .study import Recommendation, Study, Trial, TrialResult

__all__ = ["Study", "local_service", "Trial", "TrialResult", "Recommendation", "OptimizerError", "CredentialError", "StudyFinished",
           "NoTrialAvailable", "LeaseLost", "RequestError", "ServiceUnavailable"]
__version__ = "0.1.0"
